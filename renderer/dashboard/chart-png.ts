/**
 * A chart on screen as a PNG: its SVG drawings rendered onto a canvas, with the title, subtitle,
 * legend and notes drawn around them (see chart-picture.ts). Twice the screen's pixels, so the
 * picture stays sharp in a printed report or a slide.
 */
import { pictureLayout, type ChartPicture } from './chart-picture';

const SCALE = 2;

/**
 * An SVG loaded as an image sees none of the page's styles: the font and the size are written
 * into the copy, or the text would come out in the browser's default serif font.
 */
function svgImage(
  svg: SVGSVGElement,
  width: number,
  height: number,
  fontFamily: string,
): Promise<HTMLImageElement> {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height));
  copy.setAttribute('style', `font-family: ${fontFamily}; font-size: 12px`);
  const blob = new Blob([new XMLSerializer().serializeToString(copy)], {
    type: 'image/svg+xml;charset=utf-8',
  });
  const url = URL.createObjectURL(blob);
  const image = new Image();
  image.src = url;
  return image.decode().then(
    () => {
      URL.revokeObjectURL(url);
      return image;
    },
    (error: unknown) => {
      URL.revokeObjectURL(url);
      throw error;
    },
  );
}

export async function chartPng(picture: ChartPicture, chartArea: HTMLElement): Promise<Blob> {
  const fontFamily = getComputedStyle(chartArea).fontFamily;
  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('canvas 2d context unavailable');
  const area = chartArea.getBoundingClientRect();
  const layout = pictureLayout(picture, area, fontFamily, (text, font) => {
    ctx.font = font;
    return ctx.measureText(text).width;
  });

  canvas.width = layout.width * SCALE;
  canvas.height = layout.height * SCALE;
  ctx.scale(SCALE, SCALE);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, layout.width, layout.height);
  ctx.textBaseline = 'top';
  for (const text of layout.texts) {
    ctx.font = text.font;
    ctx.fillStyle = text.color;
    ctx.fillText(text.text, text.x, text.y);
  }
  for (const s of layout.swatches) {
    ctx.fillStyle = s.color;
    ctx.fillRect(s.x, s.y, s.size, s.size);
  }
  for (const svg of chartArea.querySelectorAll<SVGSVGElement>('svg.recharts-surface')) {
    const box = svg.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) continue;
    const image = await svgImage(svg, box.width, box.height, fontFamily);
    ctx.drawImage(
      image,
      layout.chart.x + box.left - area.left,
      layout.chart.y + box.top - area.top,
      box.width,
      box.height,
    );
  }

  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('the canvas gave no PNG'))),
      'image/png',
    ),
  );
}

/**
 * Hands the picture to the user as a file. The browser downloads it; the desktop shell, which
 * sets no download path, asks where to save it with the system's save dialog.
 */
export function savePicture(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The download reads the URL after the click returns; freeing it at once could cut it off.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
