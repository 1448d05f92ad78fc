/**
 * The map's PNG, made from its SVG in the page: the drawing is loaded as an
 * image from a blob: URL (the CSP's img-src allows blob:) and painted into
 * a canvas at twice its size, so text stays sharp on a projector or when
 * pasted into a slide.
 */

/** Chromium refuses canvases beyond this side; the area cap keeps a huge map from taking gigabytes. */
const MAX_SIDE = 16_384;
const MAX_AREA = 40_000_000;

/** The scale to draw at: the one wanted, unless the canvas would be larger than a browser draws. */
export function pngScale(width: number, height: number, wanted = 2): number {
  return Math.min(wanted, MAX_SIDE / width, MAX_SIDE / height, Math.sqrt(MAX_AREA / (width * height)));
}

export async function svgToPng(svg: Blob, wanted = 2): Promise<Blob> {
  const url = URL.createObjectURL(svg);
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const scale = pngScale(image.naturalWidth, image.naturalHeight, wanted);
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.round(image.naturalWidth * scale));
    canvas.height = Math.max(1, Math.round(image.naturalHeight * scale));
    const context = canvas.getContext('2d');
    if (!context) throw new Error('No 2D canvas to draw the map in');
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) => {
      canvas.toBlob((png) => (png ? resolve(png) : reject(new Error('The canvas gave no PNG'))), 'image/png');
    });
  } finally {
    URL.revokeObjectURL(url);
  }
}
