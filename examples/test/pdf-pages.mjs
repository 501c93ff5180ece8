/** Page-by-page checks of a PDF with poppler (pdfinfo, pdftoppm, pdftotext). */
import { spawnSync } from 'node:child_process';

/** Page count and sizes from pdfinfo. */
export function pdfInfo(file) {
  const r = spawnSync('pdfinfo', [file], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`pdfinfo failed: ${r.stderr}`);
  const pages = Number(/Pages:\s+(\d+)/.exec(r.stdout)?.[1]);
  const size = /Page size:\s+([\d.]+) x ([\d.]+) pts(?: \((\w+)\))?/.exec(r.stdout);
  return { pages, width: Number(size?.[1]), height: Number(size?.[2]), paper: size?.[3] ?? '' };
}

/** One page as greyscale pixels (pdftoppm → PGM). */
export function pageGrey(file, page, dpi = 50) {
  const r = spawnSync('pdftoppm', ['-gray', '-r', String(dpi), '-f', String(page), '-l', String(page), file], {
    maxBuffer: 100e6,
  });
  if (r.status !== 0) throw new Error(`pdftoppm failed on page ${page}: ${r.stderr}`);
  const buf = r.stdout;
  // header: P5 <w> <h> <max> then one whitespace byte
  const fields = [];
  let i = 0;
  while (fields.length < 4) {
    while (/\s/.test(String.fromCharCode(buf[i]))) i++;
    let token = '';
    while (!/\s/.test(String.fromCharCode(buf[i]))) token += String.fromCharCode(buf[i++]);
    fields.push(token);
  }
  if (fields[0] !== 'P5') throw new Error(`unexpected image format ${fields[0]}`);
  const width = Number(fields[1]);
  const height = Number(fields[2]);
  return { width, height, pixels: buf.subarray(i + 1, i + 1 + width * height) };
}

/** Share of dark pixels (< 160 of 255) inside a rectangle. */
export function darkShare({ width, pixels }, x0, y0, x1, y1) {
  let dark = 0;
  let all = 0;
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      all++;
      if (pixels[y * width + x] < 160) dark++;
    }
  }
  return all ? dark / all : 0;
}

/**
 * Text of one page: laid out as printed, or (`raw`) in the order it was drawn, where each block's
 * words stay together even when blocks stand side by side.
 */
export function pageText(file, page, { raw = false } = {}) {
  const r = spawnSync('pdftotext', ['-f', String(page), '-l', String(page), raw ? '-raw' : '-layout', file, '-'], {
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`pdftotext failed: ${r.stderr}`);
  return r.stdout;
}
