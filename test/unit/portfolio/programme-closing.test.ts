/**
 * The closing date of the programme a project applies to: found by "<packId>/<programmeId>" among
 * the packs in force, with the programme's name in both languages; nothing for a programme without
 * a closing date or for a reference to nothing.
 */
import { describe, expect, it } from 'vitest';
import type { FundingPack, Programme } from '../../../shared/funding/pack-schema';
import { SHIPPED_PACKS } from '../../../shared/funding/shipped';
import { programmeClosings } from '../../../electron/core/portfolio/programme-closing';

const [pack] = SHIPPED_PACKS as [FundingPack];
// The first shipped pack has several programmes.
const [programme, other] = pack.programmes as [Programme, Programme];
const ref = (p: { id: string }) => `${pack.id}/${p.id}`;

describe('programmeClosings', () => {
  it("gives the programme's closing date and its name in both languages", () => {
    const edited: FundingPack = {
      ...pack,
      programmes: [
        { ...programme, applicationWindow: { opens: '2026-04-01', closes: '2026-05-15' } },
        { ...other, applicationWindow: { opens: '2026-04-01' } },
        ...pack.programmes.slice(2),
      ],
    };
    const closing = programmeClosings([edited]);
    expect(closing(ref(programme))).toEqual({
      closes: '2026-05-15',
      programme: { zh: programme.name.zh, en: programme.name.en ?? programme.name.zh },
    });
    // Opening without a closing date: nothing to meet.
    expect(closing(ref(other))).toBeNull();
  });

  it('gives nothing for a reference to nothing', () => {
    const closing = programmeClosings(SHIPPED_PACKS);
    expect(closing(null)).toBeNull();
    expect(closing(`${pack.id}/no-such-programme`)).toBeNull();
    expect(closing(`no-such-pack/${programme.id}`)).toBeNull();
  });
});
