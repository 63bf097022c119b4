import type { TFunction } from 'i18next';
import type { EnergySourceCode } from '../../../shared/enterprise/energy-sources';
import type { Lang } from '../../../shared/i18n/messages';
import type { BenefitFigures } from '../../../shared/projects/project-figures';
import { inLang } from '../../dashboard/figure-text';
import { energySourceName, energyUnit } from '../project-format';

/** The coefficients behind the tce and CO₂, each with its source and year, as a filing must show them. */
export function energyBasisNotes(t: TFunction, b: BenefitFigures, lang: Lang): string[] {
  const basis = b.energyBasis;
  const sources = Object.keys(b.energy) as EnergySourceCode[];
  const notes = [
    t('projectUi.figures.gridFactorNote', {
      value: basis.gridFactor.kgPerKwh,
      year: basis.gridFactor.year,
      basis: inLang(basis.gridFactor.basis, lang),
    }),
    t('projectUi.figures.electricityCoalNote', {
      value: basis.electricityKgcePerKwh.value,
      basis: inLang(basis.electricityKgcePerKwh.basis, lang),
    }),
  ];
  if (sources.includes('natural_gas')) {
    notes.push(
      t('projectUi.figures.naturalGasNote', {
        value: basis.naturalGasKgcePerM3.value,
        basis: inLang(basis.naturalGasKgcePerM3.basis, lang),
      }),
    );
  }
  for (const s of sources.filter((x) => x !== 'electricity' && x !== 'natural_gas')) {
    notes.push(
      t('projectUi.figures.fuelCoalNote', {
        source: energySourceName(s, lang),
        value: basis.standardCoal[s].kgcePerUnit,
        unit: energyUnit(s),
        basis: inLang(basis.standardCoal[s].basis, lang),
      }),
    );
  }
  if (sources.some((s) => s !== 'electricity')) {
    notes.push(t('projectUi.figures.fuelCo2Note', { basis: inLang(basis.fuelCo2Basis, lang) }));
  }
  if (b.co2NotCounted.length > 0) {
    notes.push(
      t('projectUi.figures.co2NotCounted', {
        sources: b.co2NotCounted.map((s) => energySourceName(s, lang)).join(lang === 'en' ? ', ' : '、'),
      }),
    );
  }
  return notes;
}
