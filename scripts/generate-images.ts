/**
 * Generates the demo hero images for FAKTA portal.
 *
 * Every image is an SVG composition built in code (flat / geometric editorial
 * illustration, no text, no external assets) and rasterised with sharp to
 * public/images/<key>.jpg at 1200x675.
 *
 * Deterministic: all variation comes from a PRNG seeded with the image key.
 *
 * Usage: npx tsx scripts/generate-images.ts [key ...]
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';

const W = 1200;
const H = 675;
const JPEG_QUALITY = 78;

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT_DIR = path.join(ROOT, 'public', 'images');

export const CATEGORIES = [
  'nasional',
  'internasional',
  'ekonomi',
  'politik',
  'hukum',
  'olahraga',
  'teknologi',
  'kesehatan',
] as const;
type Category = (typeof CATEGORIES)[number];

export const IMAGE_KEYS: string[] = [
  'seed-nato',
  ...CATEGORIES.flatMap((c) => [1, 2, 3].map((i) => `${c}-${i}`)),
];

/* ------------------------------------------------------------------------ */
/* Deterministic randomness                                                 */
/* ------------------------------------------------------------------------ */

type Rng = () => number;

function hashString(s: string): number {
  // FNV-1a 32-bit
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const rr = (rng: Rng, a: number, b: number): number => a + (b - a) * rng();
const ri = (rng: Rng, a: number, b: number): number => Math.floor(rr(rng, a, b + 1));
function pick<T>(rng: Rng, arr: readonly T[]): T {
  const v = arr[Math.floor(rng() * arr.length)];
  if (v === undefined) throw new Error('pick from empty array');
  return v;
}

/* ------------------------------------------------------------------------ */
/* SVG helpers                                                              */
/* ------------------------------------------------------------------------ */

/** Format a number compactly for SVG output. */
const n = (x: number): string => {
  const r = Math.round(x * 10) / 10;
  return Object.is(r, -0) ? '0' : String(r);
};

/** Format an opacity with two decimals. */
const op = (x: number): string => String(Math.round(x * 100) / 100);

type Pt = [number, number];

const poly = (pts: Pt[]): string => pts.map(([x, y]) => `${n(x)},${n(y)}`).join(' ');

function rot(p: Pt, c: Pt, deg: number): Pt {
  const a = (deg * Math.PI) / 180;
  const dx = p[0] - c[0];
  const dy = p[1] - c[1];
  return [c[0] + dx * Math.cos(a) - dy * Math.sin(a), c[1] + dx * Math.sin(a) + dy * Math.cos(a)];
}

/** Closed Catmull-Rom spline through the points, as cubic Béziers. */
function smoothClosed(pts: Pt[]): string {
  const m = pts.length;
  const at = (i: number): Pt => pts[((i % m) + m) % m] as Pt;
  let d = `M${n(at(0)[0])},${n(at(0)[1])}`;
  for (let i = 0; i < m; i++) {
    const p0 = at(i - 1);
    const p1 = at(i);
    const p2 = at(i + 1);
    const p3 = at(i + 2);
    const c1: Pt = [p1[0] + (p2[0] - p0[0]) / 6, p1[1] + (p2[1] - p0[1]) / 6];
    const c2: Pt = [p2[0] - (p3[0] - p1[0]) / 6, p2[1] - (p3[1] - p1[1]) / 6];
    d += `C${n(c1[0])},${n(c1[1])} ${n(c2[0])},${n(c2[1])} ${n(p2[0])},${n(p2[1])}`;
  }
  return d + 'Z';
}

function blobPath(rng: Rng, cx: number, cy: number, rx: number, ry: number, k = 7, jitter = 0.28): string {
  const pts: Pt[] = [];
  const off = rng() * Math.PI * 2;
  for (let i = 0; i < k; i++) {
    const a = off + (i / k) * Math.PI * 2;
    const f = 1 - jitter + rng() * jitter * 2;
    pts.push([cx + Math.cos(a) * rx * f, cy + Math.sin(a) * ry * f]);
  }
  return smoothClosed(pts);
}

function starPoints(cx: number, cy: number, r1: number, r2: number, k: number, startDeg = -90): Pt[] {
  const pts: Pt[] = [];
  for (let i = 0; i < k * 2; i++) {
    const r = i % 2 === 0 ? r1 : r2;
    const a = ((startDeg + (i * 180) / k) * Math.PI) / 180;
    pts.push([cx + Math.cos(a) * r, cy + Math.sin(a) * r]);
  }
  return pts;
}

/* Colour helpers */
function hexToRgb(hex: string): [number, number, number] {
  const h = hex.replace('#', '');
  return [parseInt(h.slice(0, 2), 16), parseInt(h.slice(2, 4), 16), parseInt(h.slice(4, 6), 16)];
}
function rgbToHex(r: number, g: number, b: number): string {
  const c = (v: number) => Math.max(0, Math.min(255, Math.round(v))).toString(16).padStart(2, '0');
  return `#${c(r)}${c(g)}${c(b)}`;
}
function mix(a: string, b: string, t: number): string {
  const A = hexToRgb(a);
  const B = hexToRgb(b);
  return rgbToHex(A[0] + (B[0] - A[0]) * t, A[1] + (B[1] - A[1]) * t, A[2] + (B[2] - A[2]) * t);
}

/** Collects <defs> and hands out unique ids. */
class Svg {
  private defs: string[] = [];
  private counter = 0;
  constructor(readonly rng: Rng) {}

  id(prefix: string): string {
    this.counter += 1;
    return `${prefix}${this.counter}`;
  }

  def(s: string): void {
    this.defs.push(s);
  }

  /** Linear gradient in objectBoundingBox space along an angle (deg, 0 = left→right). */
  lin(stops: Array<[number, string, number?]>, angle = 90): string {
    const id = this.id('lg');
    const a = (angle * Math.PI) / 180;
    const x1 = 0.5 - Math.cos(a) / 2;
    const y1 = 0.5 - Math.sin(a) / 2;
    const x2 = 0.5 + Math.cos(a) / 2;
    const y2 = 0.5 + Math.sin(a) / 2;
    this.def(
      `<linearGradient id="${id}" x1="${n(x1 * 100)}%" y1="${n(y1 * 100)}%" x2="${n(x2 * 100)}%" y2="${n(y2 * 100)}%">` +
        stops.map(([o, c, op]) => `<stop offset="${o}" stop-color="${c}" stop-opacity="${op ?? 1}"/>`).join('') +
        `</linearGradient>`,
    );
    return `url(#${id})`;
  }

  /** Linear gradient in user space between two points. */
  linU(stops: Array<[number, string, number?]>, x1: number, y1: number, x2: number, y2: number): string {
    const id = this.id('lu');
    this.def(
      `<linearGradient id="${id}" gradientUnits="userSpaceOnUse" x1="${n(x1)}" y1="${n(y1)}" x2="${n(x2)}" y2="${n(y2)}">` +
        stops.map(([o, c, op]) => `<stop offset="${o}" stop-color="${c}" stop-opacity="${op ?? 1}"/>`).join('') +
        `</linearGradient>`,
    );
    return `url(#${id})`;
  }

  /** Radial gradient (objectBoundingBox), optional focal point. */
  rad(stops: Array<[number, string, number?]>, fx = 0.5, fy = 0.5, r = 0.5): string {
    const id = this.id('rg');
    this.def(
      `<radialGradient id="${id}" cx="50%" cy="50%" r="${n(r * 100)}%" fx="${n(fx * 100)}%" fy="${n(fy * 100)}%">` +
        stops.map(([o, c, op]) => `<stop offset="${o}" stop-color="${c}" stop-opacity="${op ?? 1}"/>`).join('') +
        `</radialGradient>`,
    );
    return `url(#${id})`;
  }

  clipCircle(cx: number, cy: number, r: number): string {
    const id = this.id('cc');
    this.def(`<clipPath id="${id}"><circle cx="${n(cx)}" cy="${n(cy)}" r="${n(r)}"/></clipPath>`);
    return `url(#${id})`;
  }

  clipPath(d: string): string {
    const id = this.id('cp');
    this.def(`<clipPath id="${id}"><path d="${d}"/></clipPath>`);
    return `url(#${id})`;
  }

  blur(std: number): string {
    const id = this.id('bl');
    this.def(
      `<filter id="${id}" x="-50%" y="-50%" width="200%" height="200%"><feGaussianBlur stdDeviation="${std}"/></filter>`,
    );
    return `url(#${id})`;
  }

  /** Soft radial fade mask centred at (cx, cy). */
  fadeMask(cx: number, cy: number, rx: number, ry: number): string {
    const id = this.id('mk');
    const g = this.id('mg');
    this.def(
      `<radialGradient id="${g}" gradientUnits="userSpaceOnUse" cx="${n(cx)}" cy="${n(cy)}" r="${n(rx)}" gradientTransform="translate(${n(cx)} ${n(cy)}) scale(1 ${Math.round((ry / rx) * 1000) / 1000}) translate(${n(-cx)} ${n(-cy)})">` +
        `<stop offset="0" stop-color="#fff" stop-opacity="1"/><stop offset="1" stop-color="#fff" stop-opacity="0"/></radialGradient>` +
        `<mask id="${id}" maskUnits="userSpaceOnUse" x="0" y="0" width="${W}" height="${H}"><rect width="${W}" height="${H}" fill="url(#${g})"/></mask>`,
    );
    return `url(#${id})`;
  }

  dotPattern(color: string, gap: number, r: number, opacity = 1): string {
    const id = this.id('pd');
    this.def(
      `<pattern id="${id}" patternUnits="userSpaceOnUse" width="${gap}" height="${gap}"><circle cx="${gap / 2}" cy="${gap / 2}" r="${r}" fill="${color}" fill-opacity="${opacity}"/></pattern>`,
    );
    return `url(#${id})`;
  }

  linePattern(color: string, gap: number, width: number, angle: number, opacity = 1): string {
    const id = this.id('pl');
    this.def(
      `<pattern id="${id}" patternUnits="userSpaceOnUse" width="${gap}" height="${gap}" patternTransform="rotate(${angle})"><rect width="${width}" height="${gap}" fill="${color}" fill-opacity="${opacity}"/></pattern>`,
    );
    return `url(#${id})`;
  }

  gridPattern(color: string, gap: number, width: number, opacity = 1): string {
    const id = this.id('pg');
    this.def(
      `<pattern id="${id}" patternUnits="userSpaceOnUse" width="${gap}" height="${gap}"><path d="M${gap} 0H0V${gap}" fill="none" stroke="${color}" stroke-opacity="${opacity}" stroke-width="${width}"/></pattern>`,
    );
    return `url(#${id})`;
  }

  render(body: string): string {
    return (
      `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">` +
      `<defs>${this.defs.join('')}</defs>${body}</svg>`
    );
  }
}

/* ------------------------------------------------------------------------ */
/* Palettes                                                                 */
/* ------------------------------------------------------------------------ */

interface Palette {
  /** Background gradient stops, top/light → bottom. */
  bg: [string, string, string];
  deep: string;
  mid: string;
  accent: string;
  accent2: string;
  light: string;
  haze: string;
  /** True when the background is light (affects grain/vignette strength). */
  bright?: boolean;
}

const PALETTES: Record<Category, [Palette, Palette, Palette]> = {
  nasional: [
    { bg: ['#FFF1E2', '#F8CDB0', '#EC8466'], deep: '#7A1322', mid: '#B5252E', accent: '#DE2E3A', accent2: '#F2B441', light: '#FFF9F2', haze: '#F1B39B', bright: true },
    { bg: ['#2A0710', '#7B1626', '#E3563D'], deep: '#1C040A', mid: '#4E0D19', accent: '#EE463C', accent2: '#FFC14D', light: '#FFF1E6', haze: '#9A3236' },
    { bg: ['#FFFFFF', '#FBEEE9', '#F4CFC5'], deep: '#8F1822', mid: '#C42D37', accent: '#E23B43', accent2: '#E8A93A', light: '#FFFFFF', haze: '#EFC0B6', bright: true },
  ],
  internasional: [
    { bg: ['#04142C', '#0A3258', '#0F6C7A'], deep: '#031024', mid: '#0C4A6E', accent: '#2EC4B6', accent2: '#7FDBFF', light: '#E6FAFF', haze: '#1B6E8C' },
    { bg: ['#030D22', '#0B2A5C', '#137A94'], deep: '#020A1C', mid: '#0E3C70', accent: '#3FE0CF', accent2: '#F5C26B', light: '#EAFBFF', haze: '#1C5D8F' },
    { bg: ['#0B2447', '#19376D', '#4F67B5'], deep: '#071833', mid: '#1D3F7A', accent: '#8FD3E8', accent2: '#2EC4B6', light: '#F1FAFF', haze: '#3A5AA0' },
  ],
  ekonomi: [
    { bg: ['#042A1F', '#0A5438', '#1C8653'], deep: '#03241A', mid: '#0E6743', accent: '#3DDC84', accent2: '#F4C430', light: '#F2FBEE', haze: '#1E7A50' },
    { bg: ['#F7F2E1', '#E6EFD6', '#C3E0BE'], deep: '#0B4A33', mid: '#1D7A4E', accent: '#2FA866', accent2: '#D9A21B', light: '#FFFFFF', haze: '#B4D6AE', bright: true },
    { bg: ['#0A2727', '#114A3E', '#5E8B36'], deep: '#061C1C', mid: '#17563F', accent: '#9BE15D', accent2: '#FFCE4A', light: '#F6FFE9', haze: '#3E7A45' },
  ],
  politik: [
    { bg: ['#2A0A14', '#651A2A', '#B8432F'], deep: '#1E060E', mid: '#7A1E30', accent: '#F28C28', accent2: '#FFC46B', light: '#FFEEDD', haze: '#8E2C35' },
    { bg: ['#FDEBDC', '#F8CBA8', '#EE905C'], deep: '#5A1326', mid: '#8A2238', accent: '#E0661C', accent2: '#FFB347', light: '#FFF7EF', haze: '#F0B48E', bright: true },
    { bg: ['#3A0B1D', '#7A1E3A', '#DD7636'], deep: '#24060F', mid: '#6A1830', accent: '#FF9F43', accent2: '#FFD8A8', light: '#FFF3E6', haze: '#9B3346' },
  ],
  hukum: [
    { bg: ['#141B24', '#2A3644', '#4A5A6E'], deep: '#0D131A', mid: '#3B4A5C', accent: '#E3A33B', accent2: '#F6CF7A', light: '#EEF1F4', haze: '#5E6F84' },
    { bg: ['#EDEFF2', '#CCD4DD', '#9AA8B8'], deep: '#1F2A37', mid: '#475569', accent: '#D18B1F', accent2: '#F2B84B', light: '#FFFFFF', haze: '#B3BFCC', bright: true },
    { bg: ['#1A1E28', '#383340', '#8A5A2B'], deep: '#10121A', mid: '#4A4550', accent: '#F0A830', accent2: '#FFD98A', light: '#FBF3E4', haze: '#6D5A4C' },
  ],
  olahraga: [
    { bg: ['#053F26', '#0C7F40', '#35BE6E'], deep: '#03331D', mid: '#0A6634', accent: '#FF7A1A', accent2: '#FFC23D', light: '#FFFFFF', haze: '#1E9A55' },
    { bg: ['#FF9A3C', '#FF6E1F', '#DF431A'], deep: '#6E200F', mid: '#B2371A', accent: '#16B050', accent2: '#FFE066', light: '#FFFFFF', haze: '#FF9F5A' },
    { bg: ['#08362A', '#11704F', '#6CCB4E'], deep: '#052419', mid: '#0E5A40', accent: '#FF9F1C', accent2: '#FFE29A', light: '#FFFFFF', haze: '#2E8E5E' },
  ],
  teknologi: [
    { bg: ['#090724', '#1B1566', '#3730A3'], deep: '#06051C', mid: '#2A2680', accent: '#22D3EE', accent2: '#A78BFA', light: '#E0F7FF', haze: '#4F46E5' },
    { bg: ['#050F27', '#0E2866', '#0E708C'], deep: '#040B1E', mid: '#123474', accent: '#67E8F9', accent2: '#818CF8', light: '#E6FCFF', haze: '#1E5C9A' },
    { bg: ['#120A32', '#3A1B8A', '#6A2BD6'], deep: '#0B0624', mid: '#34197A', accent: '#2DD4BF', accent2: '#F0ABFC', light: '#F5F0FF', haze: '#5B2BB8' },
  ],
  kesehatan: [
    { bg: ['#EAF8F6', '#C8EDE7', '#9ED7D0'], deep: '#0B4F5C', mid: '#138C8C', accent: '#F2879F', accent2: '#FBD3DC', light: '#FFFFFF', haze: '#B3E2DB', bright: true },
    { bg: ['#0C4852', '#12777B', '#3DB0A5'], deep: '#072C33', mid: '#0E666B', accent: '#FF9EB5', accent2: '#FFD6E0', light: '#F3FFFD', haze: '#2A8F8F' },
    { bg: ['#FFF3F5', '#FBDCE3', '#F4B6C5'], deep: '#0D5C63', mid: '#1A9A96', accent: '#E5577B', accent2: '#7FD1C7', light: '#FFFFFF', haze: '#F3C3CF', bright: true },
  ],
};

/* ------------------------------------------------------------------------ */
/* Shared layers                                                            */
/* ------------------------------------------------------------------------ */

function background(s: Svg, p: Palette, angle: number): string {
  return `<rect width="${W}" height="${H}" fill="${s.lin([[0, p.bg[0]], [0.55, p.bg[1]], [1, p.bg[2]]], angle)}"/>`;
}

function glow(s: Svg, cx: number, cy: number, r: number, color: string, opacity: number, ry = r): string {
  const f = s.rad([[0, color, opacity], [0.45, color, opacity * 0.45], [1, color, 0]]);
  return `<ellipse cx="${n(cx)}" cy="${n(cy)}" rx="${n(r)}" ry="${n(ry)}" fill="${f}"/>`;
}

function softBlobs(s: Svg, count: number, colors: string[], opacity: number): string {
  const rng = s.rng;
  const f = s.blur(38);
  let out = `<g filter="${f}" opacity="${opacity}">`;
  for (let i = 0; i < count; i++) {
    const cx = rr(rng, -50, W + 50);
    const cy = rr(rng, -50, H + 50);
    const r = rr(rng, 120, 300);
    out += `<path d="${blobPath(rng, cx, cy, r, r * rr(rng, 0.6, 1), 6, 0.25)}" fill="${pick(rng, colors)}"/>`;
  }
  return out + '</g>';
}

/** Dotted halftone patch that fades out radially. */
function dotPatch(s: Svg, cx: number, cy: number, rx: number, ry: number, color: string, opacity: number, gap = 22, r = 2): string {
  const fill = s.dotPattern(color, gap, r, opacity);
  const mask = s.fadeMask(cx, cy, rx, ry);
  return `<rect width="${W}" height="${H}" fill="${fill}" mask="${mask}"/>`;
}

function linePatch(s: Svg, cx: number, cy: number, rx: number, ry: number, color: string, opacity: number, angle = 45, gap = 14, w = 2): string {
  const fill = s.linePattern(color, gap, w, angle, opacity);
  const mask = s.fadeMask(cx, cy, rx, ry);
  return `<rect width="${W}" height="${H}" fill="${fill}" mask="${mask}"/>`;
}

/** Film grain + vignette finish. */
function finish(s: Svg, p: Palette): string {
  const fid = s.id('grain');
  const seed = Math.floor(s.rng() * 1000);
  s.def(
    `<filter id="${fid}" x="0" y="0" width="100%" height="100%" color-interpolation-filters="sRGB">` +
      `<feTurbulence type="fractalNoise" baseFrequency="0.72" numOctaves="2" seed="${seed}" stitchTiles="stitch"/>` +
      `<feColorMatrix type="matrix" values="0 0 0 0 0.5  0 0 0 0 0.5  0 0 0 0 0.5  0 0 0 2.2 -0.75"/>` +
      `<feComponentTransfer><feFuncR type="linear" slope="1.8" intercept="-0.4"/><feFuncG type="linear" slope="1.8" intercept="-0.4"/><feFuncB type="linear" slope="1.8" intercept="-0.4"/></feComponentTransfer>` +
      `</filter>`,
  );
  const vig = s.rad([[0, '#000', 0], [0.6, '#000', 0], [1, '#000', p.bright ? 0.16 : 0.42]], 0.5, 0.5, 0.75);
  return (
    `<rect width="${W}" height="${H}" filter="url(#${fid})" opacity="${p.bright ? 0.05 : 0.07}"/>` +
    `<rect width="${W}" height="${H}" fill="${vig}"/>`
  );
}

/* ------------------------------------------------------------------------ */
/* Nasional: Monas & skyline                                                */
/* ------------------------------------------------------------------------ */

function monas(cx: number, gy: number, sc: number, colL: string, colR: string, flame: string, flame2: string): string {
  const X = (dx: number) => cx + dx * sc;
  const Y = (dy: number) => gy - dy * sc;
  const half = (pts: Array<[number, number]>, side: -1 | 1, col: string) =>
    `<polygon points="${poly(pts.map(([x, y]) => [X(x * side), Y(y)]))}" fill="${col}"/>`;
  const twoTone = (pts: Array<[number, number]>) => half(pts, -1, colL) + half(pts, 1, colR);
  let g = '';
  // Base block with a lighter top edge
  g += twoTone([[0, 0], [104, 0], [96, 30], [0, 30]]);
  // Cawan (cup-shaped platform)
  g += twoTone([[0, 30], [46, 30], [122, 64], [0, 64]]);
  g += twoTone([[0, 64], [128, 64], [128, 74], [0, 74]]);
  // Obelisk shaft
  g += twoTone([[0, 74], [22, 74], [12.5, 520], [0, 520]]);
  // Observation deck
  g += twoTone([[0, 520], [19, 520], [19, 540], [0, 540]]);
  g += twoTone([[0, 540], [14, 540], [8, 556], [0, 556]]);
  // Flame
  const ft = 556;
  g += `<path d="${
    `M${n(X(-11))},${n(Y(ft))}C${n(X(-20))},${n(Y(ft + 22))} ${n(X(-8))},${n(Y(ft + 38))} ${n(X(-4))},${n(Y(ft + 58))}` +
      `C${n(X(-1))},${n(Y(ft + 44))} ${n(X(4))},${n(Y(ft + 40))} ${n(X(5))},${n(Y(ft + 34))}` +
      `C${n(X(9))},${n(Y(ft + 46))} ${n(X(8))},${n(Y(ft + 60))} ${n(X(3))},${n(Y(ft + 72))}` +
      `C${n(X(20))},${n(Y(ft + 54))} ${n(X(22))},${n(Y(ft + 22))} ${n(X(11))},${n(Y(ft))}Z`
  }" fill="${flame}"/>`;
  g += `<path d="M${n(X(-5))},${n(Y(ft))}C${n(X(-8))},${n(Y(ft + 14))} ${n(X(-2))},${n(Y(ft + 24))} ${n(X(0))},${n(Y(ft + 34))}C${n(X(5))},${n(Y(ft + 22))} ${n(X(8))},${n(Y(ft + 10))} ${n(X(5))},${n(Y(ft))}Z" fill="${flame2}"/>`;
  return g;
}

function skyline(
  rng: Rng,
  x0: number,
  x1: number,
  base: number,
  hMin: number,
  hMax: number,
  color: string,
  win: string,
  winOpacity: number,
  avoid?: [number, number],
): string {
  let g = '';
  let wins = '';
  let x = x0;
  while (x < x1) {
    const w = rr(rng, 34, 96);
    let h = rr(rng, hMin, hMax);
    if (avoid && x + w > avoid[0] && x < avoid[1]) h *= 0.45;
    const top = base - h;
    g += `<rect x="${n(x)}" y="${n(top)}" width="${n(w + 1)}" height="${n(h + 2)}" fill="${color}"/>`;
    const style = rng();
    if (style < 0.25 && h > hMin * 1.2) {
      // setback crown
      const w2 = w * rr(rng, 0.45, 0.7);
      const h2 = rr(rng, 14, 40);
      g += `<rect x="${n(x + (w - w2) / 2)}" y="${n(top - h2)}" width="${n(w2)}" height="${n(h2 + 1)}" fill="${color}"/>`;
      g += `<rect x="${n(x + w / 2 - 1.2)}" y="${n(top - h2 - 26)}" width="2.4" height="26" fill="${color}"/>`;
    } else if (style < 0.4) {
      // slanted roof
      g += `<polygon points="${poly([[x, top], [x + w + 1, top], [x + w + 1, top - w * 0.35]])}" fill="${color}"/>`;
    }
    if (winOpacity > 0) {
      const cols = Math.max(2, Math.floor(w / 14));
      const rows = Math.floor((h - 16) / 16);
      const cw = (w - 8) / cols;
      for (let r = 0; r < rows; r++) {
        for (let c = 0; c < cols; c++) {
          if (rng() < 0.45) continue;
          wins += `<rect x="${n(x + 5 + c * cw)}" y="${n(top + 10 + r * 16)}" width="${n(cw * 0.55)}" height="7"/>`;
        }
      }
    }
    x += w + rr(rng, -6, 4);
  }
  return g + (wins ? `<g fill="${win}" opacity="${winOpacity}">${wins}</g>` : '');
}

function trees(rng: Rng, x0: number, x1: number, base: number, rMin: number, rMax: number, color: string): string {
  let g = '';
  let x = x0;
  while (x < x1) {
    const r = rr(rng, rMin, rMax);
    g += `<circle cx="${n(x)}" cy="${n(base - r * 0.5)}" r="${n(r)}" fill="${color}"/>`;
    x += r * rr(rng, 0.9, 1.5);
  }
  return g + `<rect x="${n(x0 - 40)}" y="${n(base - 2)}" width="${n(x1 - x0 + 80)}" height="${n(H - base + 4)}" fill="${color}"/>`;
}

/** A waving two-colour ribbon (merah-putih). */
function ribbon(x0: number, x1: number, y: number, amp: number, band: number, top: string, bottom: string, phase = 0): string {
  const steps = 24;
  const edge = (off: number): Pt[] => {
    const pts: Pt[] = [];
    for (let i = 0; i <= steps; i++) {
      const t = i / steps;
      pts.push([x0 + (x1 - x0) * t, y + off + Math.sin(t * Math.PI * 2 + phase) * amp]);
    }
    return pts;
  };
  const bandPoly = (a: number, b: number) => poly([...edge(a), ...edge(b).reverse()]);
  return `<polygon points="${bandPoly(0, band)}" fill="${top}"/><polygon points="${bandPoly(band, band * 2)}" fill="${bottom}"/>`;
}

function nasional(s: Svg, p: Palette, v: number): string {
  const rng = s.rng;
  let g = background(s, p, v === 1 ? 90 : 80);
  if (v === 0) {
    g += glow(s, 820, 360, 420, p.accent2, 0.55);
    g += `<circle cx="820" cy="330" r="170" fill="${p.accent2}" opacity="0.55"/>`;
    g += `<circle cx="820" cy="330" r="230" fill="none" stroke="${p.light}" stroke-opacity="0.35" stroke-width="2"/>`;
    const fadeR = (c: string) => s.linU([[0, c], [0.7, c], [1, c, 0]], -40, 0, 640, 0);
    g += ribbon(-40, 640, 120, 22, 34, fadeR(p.accent), fadeR(p.light), 0.6);
    g += dotPatch(s, 220, 300, 320, 220, p.mid, 0.25);
    g += skyline(rng, -20, W + 20, 590, 110, 260, p.haze, p.light, 0, [760, 880]);
    g += skyline(rng, -20, 620, 610, 60, 170, mix(p.mid, p.haze, 0.3), p.light, 0.35);
    g += skyline(rng, 1000, W + 20, 610, 60, 150, mix(p.mid, p.haze, 0.3), p.light, 0.35);
    g += monas(820, 612, 0.98, p.light, mix(p.light, p.haze, 0.55), p.accent2, p.light);
    g += trees(rng, -20, W + 20, 640, 18, 34, p.deep);
  } else if (v === 1) {
    // Dusk: setting sun, Monas centred, lit windows
    g += glow(s, 600, 520, 620, p.accent, 0.55, 340);
    g += `<circle cx="600" cy="470" r="210" fill="${p.accent2}" opacity="0.85"/>`;
    for (let i = 0; i < 5; i++) {
      g += `<rect x="380" y="${n(440 + i * 22)}" width="440" height="${n(5 + i * 2.2)}" fill="${p.bg[2]}"/>`;
    }
    // stars
    for (let i = 0; i < 40; i++) {
      g += `<circle cx="${n(rr(rng, 0, W))}" cy="${n(rr(rng, 10, 230))}" r="${n(rr(rng, 0.8, 2))}" fill="${p.light}" opacity="${op(rr(rng, 0.3, 0.8))}"/>`;
    }
    g += skyline(rng, -20, W + 20, 600, 120, 300, p.mid, p.accent2, 0.25, [450, 750]);
    g += monas(600, 622, 1.0, mix(p.deep, p.mid, 0.55), p.deep, p.accent2, p.light);
    g += skyline(rng, -20, 420, 640, 50, 140, p.deep, p.accent2, 0.5);
    g += skyline(rng, 780, W + 20, 640, 50, 140, p.deep, p.accent2, 0.5);
    g += `<rect y="630" width="${W}" height="50" fill="${p.deep}"/>`;
  } else {
    // Merah-putih geometry: big diagonal red planes, Monas left
    g += `<polygon points="${poly([[560, 0], [W, 0], [W, H], [330, H]])}" fill="${p.accent}" opacity="0.92"/>`;
    g += `<polygon points="${poly([[700, 0], [W, 0], [W, H], [470, H]])}" fill="${p.mid}" opacity="0.55"/>`;
    g += `<polygon points="${poly([[960, 0], [W, 0], [W, H], [820, H]])}" fill="${p.deep}" opacity="0.35"/>`;
    g += linePatch(s, 950, 330, 380, 320, p.light, 0.18, -30, 18, 3);
    g += `<circle cx="330" cy="250" r="150" fill="${p.accent2}" opacity="0.28"/>`;
    const fadeL = (c: string) => s.linU([[0, c, 0], [0.3, c], [1, c]], 560, 0, 1260, 0);
    g += ribbon(560, 1260, 96, 24, 36, fadeL(p.light), fadeL(p.deep), 2.2);
    g += skyline(rng, 520, W + 20, 640, 60, 200, p.deep, p.light, 0.3);
    g += skyline(rng, -20, 300, 620, 70, 200, p.haze, p.light, 0, [250, 410]);
    g += monas(330, 640, 1.02, p.accent, p.deep, p.accent2, p.light);
    g += `<rect y="636" width="${W}" height="40" fill="${p.deep}"/>`;
  }
  return g;
}

/* ------------------------------------------------------------------------ */
/* Internasional: globe with meridians                                      */
/* ------------------------------------------------------------------------ */

function globe(
  s: Svg,
  cx: number,
  cy: number,
  r: number,
  tilt: number,
  p: Palette,
  opts: { ring?: boolean; landAngle?: [number, number]; landDist?: [number, number]; landScale?: number } = {},
): string {
  const rng = s.rng;
  let g = glow(s, cx, cy, r * 1.45, p.accent, 0.35);
  const ringRx = r * 1.5;
  const ringRy = r * 0.34;
  if (opts.ring) {
    g += `<ellipse cx="${n(cx)}" cy="${n(cy)}" rx="${n(ringRx)}" ry="${n(ringRy)}" fill="none" stroke="${p.accent2}" stroke-opacity="0.45" stroke-width="2.5" transform="rotate(-16 ${n(cx)} ${n(cy)})"/>`;
  }
  g += `<circle cx="${n(cx)}" cy="${n(cy)}" r="${n(r)}" fill="${s.rad([[0, p.haze], [0.7, p.mid], [1, p.deep]], 0.32, 0.28, 0.72)}"/>`;
  const clip = s.clipCircle(cx, cy, r);
  // Landmasses: clusters of irregular blobs (group opacity keeps overlaps uniform)
  let land = '';
  const [a0, a1] = opts.landAngle ?? [0, Math.PI * 2];
  const [d0, d1] = opts.landDist ?? [0.15, 0.85];
  const ls = opts.landScale ?? 1;
  for (let i = 0; i < 5; i++) {
    const a = a0 + ((a1 - a0) * (i + rr(rng, 0.1, 0.9))) / 5;
    const d = rr(rng, d0, d1) * r;
    const lx = cx + Math.cos(a) * d;
    const ly = cy + Math.sin(a) * d;
    const size = r * rr(rng, 0.1, 0.2) * ls;
    const parts = ri(rng, 2, 4);
    for (let k = 0; k < parts; k++) {
      const ox = lx + rr(rng, -1.2, 1.2) * size;
      const oy = ly + rr(rng, -1, 1.3) * size;
      land += `<path d="${blobPath(rng, ox, oy, size * rr(rng, 0.7, 1.3), size * rr(rng, 0.5, 1), 9, 0.32)}"/>`;
    }
  }
  g += `<g clip-path="${clip}"><g fill="${p.accent}" opacity="0.55">${land}</g>`;
  let grid = '';
  for (let k = 1; k < 6; k++) {
    const rx = r * Math.abs(Math.cos((k * Math.PI) / 6));
    grid += `<ellipse cx="${n(cx)}" cy="${n(cy)}" rx="${n(rx)}" ry="${n(r)}"/>`;
  }
  grid += `<line x1="${n(cx)}" y1="${n(cy - r)}" x2="${n(cx)}" y2="${n(cy + r)}"/>`;
  for (const lat of [-60, -30, 0, 30, 60]) {
    const phi = (lat * Math.PI) / 180;
    const y = cy - r * Math.sin(phi);
    const w = r * Math.cos(phi);
    grid += `<ellipse cx="${n(cx)}" cy="${n(y)}" rx="${n(w)}" ry="${n(w * 0.16)}"/>`;
  }
  g += `<g fill="none" stroke="${p.light}" stroke-opacity="0.38" stroke-width="1.6" transform="rotate(${tilt} ${n(cx)} ${n(cy)})">${grid}</g>`;
  // night-side shading
  g += `<circle cx="${n(cx)}" cy="${n(cy)}" r="${n(r)}" fill="${s.lin([[0, p.deep, 0], [0.55, p.deep, 0.05], [1, p.deep, 0.65]], 35)}"/>`;
  g += `</g>`;
  g += `<circle cx="${n(cx)}" cy="${n(cy)}" r="${n(r + 6)}" fill="none" stroke="${p.accent}" stroke-opacity="0.18" stroke-width="10"/>`;
  g += `<circle cx="${n(cx)}" cy="${n(cy)}" r="${n(r)}" fill="none" stroke="${p.accent2}" stroke-opacity="0.55" stroke-width="3"/>`;
  if (opts.ring) {
    // front half of the ring, over the globe
    g += `<path d="M${n(cx - ringRx)},${n(cy)} A${n(ringRx)},${n(ringRy)} 0 0 0 ${n(cx + ringRx)},${n(cy)}" fill="none" stroke="${p.accent2}" stroke-opacity="0.8" stroke-width="3" transform="rotate(-16 ${n(cx)} ${n(cy)})"/>`;
    const sat = rot([cx + ringRx * Math.cos(2.2), cy + ringRy * Math.sin(2.2)], [cx, cy], -16);
    g += `<circle cx="${n(sat[0])}" cy="${n(sat[1])}" r="9" fill="${p.light}"/><circle cx="${n(sat[0])}" cy="${n(sat[1])}" r="18" fill="${p.light}" opacity="0.2"/>`;
  }
  return g;
}

function arc(a: Pt, b: Pt, lift: number, color: string, width: number, dash = true, opacity = 0.9): string {
  const mx = (a[0] + b[0]) / 2;
  const my = (a[1] + b[1]) / 2 - lift;
  return (
    `<path d="M${n(a[0])},${n(a[1])} Q${n(mx)},${n(my)} ${n(b[0])},${n(b[1])}" fill="none" stroke="${color}" stroke-width="${width}" stroke-linecap="round" opacity="${opacity}"${dash ? ` stroke-dasharray="2 12"` : ''}/>` +
    [a, b].map(([x, y]) => `<circle cx="${n(x)}" cy="${n(y)}" r="${n(width * 2)}" fill="${color}"/><circle cx="${n(x)}" cy="${n(y)}" r="${n(width * 5)}" fill="${color}" opacity="0.18"/>`).join('')
  );
}

function internasional(s: Svg, p: Palette, v: number): string {
  const rng = s.rng;
  let g = background(s, p, v === 1 ? 90 : 60);
  g += softBlobs(s, 4, [p.haze, p.accent, p.mid], 0.35);
  if (v === 0) {
    g += dotPatch(s, 260, 330, 360, 300, p.accent2, 0.35, 20, 1.8);
    g += `<circle cx="230" cy="520" r="240" fill="${p.accent}" opacity="0.08"/>`;
    g += `<circle cx="330" cy="140" r="120" fill="none" stroke="${p.accent2}" stroke-opacity="0.25" stroke-width="2"/>`;
    g += globe(s, 800, 345, 232, -18, p, { ring: true });
    g += arc([120, 470], [620, 300], 220, p.accent2, 3);
    g += arc([220, 200], [700, 220], 120, p.accent, 3);
  } else if (v === 1) {
    // Horizon globe rising from the bottom, flight arcs overhead
    for (let i = 0; i < 70; i++) {
      g += `<circle cx="${n(rr(rng, 0, W))}" cy="${n(rr(rng, 0, 380))}" r="${n(rr(rng, 0.7, 2.1))}" fill="${p.light}" opacity="${op(rr(rng, 0.25, 0.8))}"/>`;
    }
    g += glow(s, 600, 1060, 900, p.accent, 0.5, 700);
    g += globe(s, 600, 1060, 720, -8, p, { landAngle: [-Math.PI * 0.78, -Math.PI * 0.22], landDist: [0.6, 0.92], landScale: 0.42 });
    g += arc([190, 600], [1000, 500], 560, p.accent2, 3.5, true, 0.95);
    g += arc([420, 430], [820, 410], 300, p.accent, 3);
    g += arc([700, 410], [1110, 640], 380, p.light, 2.5, true, 0.7);
  } else {
    // Globe left, diplomatic network on the right
    g += globe(s, 370, 340, 210, 20, p);
    const nodes: Pt[] = [];
    for (let i = 0; i < 11; i++) nodes.push([rr(rng, 660, 1140), rr(rng, 90, 590)]);
    let lines = '';
    for (let i = 0; i < nodes.length; i++) {
      for (let j = i + 1; j < nodes.length; j++) {
        const a = nodes[i] as Pt;
        const b = nodes[j] as Pt;
        if (Math.hypot(a[0] - b[0], a[1] - b[1]) < 230) {
          lines += `<line x1="${n(a[0])}" y1="${n(a[1])}" x2="${n(b[0])}" y2="${n(b[1])}"/>`;
        }
      }
    }
    g += `<g stroke="${p.accent}" stroke-opacity="0.45" stroke-width="1.6">${lines}</g>`;
    for (const [x, y] of nodes) {
      const r = rr(rng, 5, 11);
      g += `<circle cx="${n(x)}" cy="${n(y)}" r="${n(r * 2.6)}" fill="${p.accent}" opacity="0.15"/><circle cx="${n(x)}" cy="${n(y)}" r="${n(r)}" fill="${p.light}"/>`;
    }
    g += `<circle cx="880" cy="330" r="170" fill="${p.accent2}" opacity="0.1"/><circle cx="990" cy="330" r="170" fill="${p.accent}" opacity="0.1"/>`;
    g += arc([420, 200], [760, 160], 140, p.accent, 3);
    g += arc([450, 470], [880, 540], 90, p.light, 2.5, true, 0.7);
  }
  return g;
}

/* ------------------------------------------------------------------------ */
/* Ekonomi: charts & coins                                                  */
/* ------------------------------------------------------------------------ */

function coinStack(cx: number, base: number, count: number, r: number, p: Palette, rng: Rng): string {
  const t = r * 0.24;
  const ry = r * 0.34;
  const side = mix(p.accent2, '#7a4e00', 0.35);
  const top = mix(p.accent2, '#ffffff', 0.25);
  let g = `<ellipse cx="${n(cx)}" cy="${n(base + 4)}" rx="${n(r * 1.25)}" ry="${n(ry * 1.1)}" fill="#000" opacity="0.18"/>`;
  for (let i = 0; i < count; i++) {
    const x = cx + rr(rng, -r * 0.06, r * 0.06);
    const y = base - i * t;
    g += `<path d="M${n(x - r)},${n(y - t)} L${n(x - r)},${n(y)} A${n(r)},${n(ry)} 0 0 0 ${n(x + r)},${n(y)} L${n(x + r)},${n(y - t)}Z" fill="${side}"/>`;
    g += `<path d="M${n(x - r)},${n(y - t * 0.5)} A${n(r)},${n(ry)} 0 0 0 ${n(x + r)},${n(y - t * 0.5)}" fill="none" stroke="${mix(side, '#000', 0.2)}" stroke-width="1.2" opacity="0.6"/>`;
    g += `<ellipse cx="${n(x)}" cy="${n(y - t)}" rx="${n(r)}" ry="${n(ry)}" fill="${p.accent2}"/>`;
    if (i === count - 1) {
      g += `<ellipse cx="${n(x)}" cy="${n(y - t)}" rx="${n(r * 0.72)}" ry="${n(ry * 0.72)}" fill="none" stroke="${top}" stroke-width="3"/>`;
      g += `<ellipse cx="${n(x - r * 0.2)}" cy="${n(y - t - ry * 0.25)}" rx="${n(r * 0.3)}" ry="${n(ry * 0.22)}" fill="#fff" opacity="0.35"/>`;
    }
  }
  return g;
}

function coinFront(s: Svg, cx: number, cy: number, r: number, p: Palette, tiltX = 1): string {
  const body = s.rad([[0, mix(p.accent2, '#ffffff', 0.35)], [0.7, p.accent2], [1, mix(p.accent2, '#7a4e00', 0.3)]], 0.35, 0.3, 0.6);
  const edge = mix(p.accent2, '#6b4300', 0.45);
  const rx = r * tiltX;
  return (
    `<ellipse cx="${n(cx + r * 0.09)}" cy="${n(cy + r * 0.05)}" rx="${n(rx)}" ry="${n(r)}" fill="${edge}"/>` +
    `<ellipse cx="${n(cx)}" cy="${n(cy)}" rx="${n(rx)}" ry="${n(r)}" fill="${body}"/>` +
    `<ellipse cx="${n(cx)}" cy="${n(cy)}" rx="${n(rx * 0.76)}" ry="${n(r * 0.76)}" fill="none" stroke="${edge}" stroke-width="${n(r * 0.06)}" opacity="0.7"/>` +
    // simple embossed rising-arrow mark
    `<path d="M${n(cx - rx * 0.38)},${n(cy + r * 0.22)} L${n(cx - rx * 0.08)},${n(cy - r * 0.06)} L${n(cx + rx * 0.08)},${n(cy + r * 0.1)} L${n(cx + rx * 0.36)},${n(cy - r * 0.2)}" fill="none" stroke="${edge}" stroke-width="${n(r * 0.09)}" stroke-linecap="round" stroke-linejoin="round" opacity="0.85"/>`
  );
}

function barChart(s: Svg, x0: number, base: number, w: number, h: number, count: number, p: Palette, rng: Rng, opts: { line?: boolean; light?: boolean } = {}): string {
  const gap = w / count;
  const bw = gap * 0.62;
  let g = '';
  const tops: Pt[] = [];
  for (let i = 0; i < count; i++) {
    const t = (i + 1) / count;
    const bh = h * (0.22 + 0.78 * Math.pow(t, 1.15)) * rr(rng, 0.82, 1);
    const x = x0 + i * gap;
    const fill = s.linU([[0, i === count - 1 ? p.accent2 : p.accent], [1, p.mid, 0.6]], 0, base - bh, 0, base);
    g += `<rect x="${n(x)}" y="${n(base - bh)}" width="${n(bw)}" height="${n(bh + 10)}" rx="${n(bw * 0.18)}" fill="${fill}"/>`;
    g += `<rect x="${n(x)}" y="${n(base - bh)}" width="${n(bw * 0.32)}" height="${n(bh)}" rx="${n(bw * 0.1)}" fill="#fff" opacity="0.12"/>`;
    tops.push([x + bw / 2, base - bh - 40 - rr(rng, 0, 30)]);
  }
  if (opts.line) {
    const d = tops.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${n(x)},${n(y)}`).join('');
    g += `<path d="${d}" fill="none" stroke="${opts.light ? p.deep : p.light}" stroke-width="5" stroke-linejoin="round" stroke-linecap="round"/>`;
    for (const [x, y] of tops) {
      g += `<circle cx="${n(x)}" cy="${n(y)}" r="8" fill="${p.accent2}" stroke="${opts.light ? p.deep : p.light}" stroke-width="3.5"/>`;
    }
    const last = tops[tops.length - 1] as Pt;
    const tip: Pt = [last[0] + 60, last[1] - 46];
    g += `<line x1="${n(last[0])}" y1="${n(last[1])}" x2="${n(tip[0])}" y2="${n(tip[1])}" stroke="${p.accent2}" stroke-width="6" stroke-linecap="round"/>`;
    // arrow head: two barbs 30px back from the tip, ±0.5 rad off the shaft direction
    const a = Math.atan2(tip[1] - last[1], tip[0] - last[0]);
    const barb = (da: number): Pt => [tip[0] - Math.cos(a + da) * 30, tip[1] - Math.sin(a + da) * 30];
    const tipFwd: Pt = [tip[0] + Math.cos(a) * 14, tip[1] + Math.sin(a) * 14];
    g += `<polygon points="${poly([tipFwd, barb(0.5), barb(-0.5)])}" fill="${p.accent2}"/>`;
  }
  return g;
}

function ekonomi(s: Svg, p: Palette, v: number): string {
  const rng = s.rng;
  let g = background(s, p, v === 1 ? 100 : 70);
  g += softBlobs(s, 4, [p.haze, p.accent, p.accent2], v === 1 ? 0.35 : 0.3);
  const grid = s.gridPattern(v === 1 ? p.deep : p.light, 48, 1, v === 1 ? 0.08 : 0.07);
  g += `<rect width="${W}" height="${H}" fill="${grid}"/>`;
  if (v === 0) {
    g += glow(s, 420, 330, 420, p.accent, 0.25);
    g += barChart(s, 130, 590, 600, 400, 7, p, rng, { line: true });
    g += `<rect x="90" y="588" width="700" height="4" rx="2" fill="${p.light}" opacity="0.5"/>`;
    g += glow(s, 960, 470, 260, p.accent2, 0.35);
    g += coinStack(880, 600, 7, 62, p, rng);
    g += coinStack(1020, 610, 11, 62, p, rng);
    g += coinStack(950, 640, 4, 62, p, rng);
    g += coinFront(s, 1040, 200, 70, p, 0.92);
    g += coinFront(s, 900, 300, 44, p, 0.6);
  } else if (v === 1) {
    // Big area line chart across, coins front-left (light palette)
    const pts: Pt[] = [];
    let y = 540;
    for (let i = 0; i <= 10; i++) {
      pts.push([i * 120, y]);
      y -= rr(rng, 10, 60) * (i % 3 === 2 ? -0.4 : 1);
    }
    const line = pts.map(([x, yy], i) => `${i === 0 ? 'M' : 'L'}${n(x)},${n(yy)}`).join('');
    const area = `${line}L${W},${H}L0,${H}Z`;
    g += `<path d="${area}" fill="${s.linU([[0, p.accent, 0.55], [1, p.accent, 0.05]], 0, 200, 0, H)}"/>`;
    const pts2 = pts.map(([x, yy]) => [x, yy + 90 + rr(rng, -20, 20)] as Pt);
    const line2 = pts2.map(([x, yy], i) => `${i === 0 ? 'M' : 'L'}${n(x)},${n(yy)}`).join('');
    g += `<path d="${line2}L${W},${H}L0,${H}Z" fill="${p.mid}" opacity="0.18"/>`;
    g += `<path d="${line}" fill="none" stroke="${p.deep}" stroke-width="6" stroke-linejoin="round"/>`;
    for (const [x, yy] of pts.slice(1, -1)) {
      g += `<circle cx="${n(x)}" cy="${n(yy)}" r="9" fill="${p.light}" stroke="${p.deep}" stroke-width="4"/>`;
    }
    const last = pts[pts.length - 2] as Pt;
    g += `<circle cx="${n(last[0])}" cy="${n(last[1])}" r="26" fill="${p.accent2}" opacity="0.3"/>`;
    g += coinStack(230, 610, 9, 66, p, rng);
    g += coinStack(370, 640, 5, 66, p, rng);
    g += coinFront(s, 120, 470, 58, p, 0.85);
    g += coinFront(s, 520, 560, 40, p, 0.55);
  } else {
    // Donut chart + bars + scattered coins
    const cx = 330;
    const cy = 320;
    const R = 170;
    const sw = 62;
    const C = 2 * Math.PI * R;
    const parts = [0.42, 0.26, 0.18, 0.14];
    const cols = [p.accent, p.accent2, p.light, p.haze];
    g += glow(s, cx, cy, 300, p.accent, 0.3);
    g += `<circle cx="${cx}" cy="${cy}" r="${R}" fill="none" stroke="${p.deep}" stroke-width="${sw + 14}" opacity="0.5"/>`;
    let off = 0;
    parts.forEach((f, i) => {
      g += `<circle cx="${cx}" cy="${cy}" r="${R}" fill="none" stroke="${cols[i]}" stroke-width="${sw}" stroke-dasharray="${n(C * f - 6)} ${n(C)}" stroke-dashoffset="${n(-C * off)}" transform="rotate(-90 ${cx} ${cy})"/>`;
      off += f;
    });
    g += `<circle cx="${cx}" cy="${cy}" r="${R - sw / 2 - 18}" fill="${p.light}" opacity="0.08"/>`;
    g += coinFront(s, cx, cy, 62, p);
    g += barChart(s, 640, 600, 480, 420, 6, p, rng, { line: true });
    g += `<rect x="610" y="598" width="540" height="4" rx="2" fill="${p.light}" opacity="0.5"/>`;
    g += coinStack(560, 640, 6, 48, p, rng);
  }
  return g;
}

/* ------------------------------------------------------------------------ */
/* Politik: parliament building & ballot box                                */
/* ------------------------------------------------------------------------ */

function colonnade(x0: number, x1: number, top: number, base: number, count: number, col: string, shade: string): string {
  let g = '';
  const step = (x1 - x0) / count;
  for (let i = 0; i < count; i++) {
    const x = x0 + step * (i + 0.2);
    g += `<rect x="${n(x)}" y="${n(top)}" width="${n(step * 0.6)}" height="${n(base - top)}" fill="${col}"/>`;
    g += `<rect x="${n(x + step * 0.38)}" y="${n(top)}" width="${n(step * 0.22)}" height="${n(base - top)}" fill="${shade}"/>`;
  }
  return g;
}

/** Indonesian DPR/MPR-style building with the split "wing" dome. */
function splitDomeBuilding(cx: number, base: number, sc: number, p: Palette, body: string, bodyShade: string, dome: string, domeShade: string): string {
  const X = (dx: number) => cx + dx * sc;
  const Y = (dy: number) => base - dy * sc;
  let g = '';
  // steps
  g += `<rect x="${n(X(-330))}" y="${n(Y(18))}" width="${n(660 * sc)}" height="${n(18 * sc)}" fill="${bodyShade}"/>`;
  g += `<rect x="${n(X(-310))}" y="${n(Y(30))}" width="${n(620 * sc)}" height="${n(12 * sc)}" fill="${body}"/>`;
  // body block
  g += `<rect x="${n(X(-290))}" y="${n(Y(120))}" width="${n(580 * sc)}" height="${n(90 * sc)}" fill="${body}"/>`;
  g += colonnade(X(-280), X(280), Y(112), Y(30), 22, bodyShade, mix(bodyShade, '#000', 0.25));
  // roof slab
  g += `<rect x="${n(X(-305))}" y="${n(Y(134))}" width="${n(610 * sc)}" height="${n(16 * sc)}" fill="${body}"/>`;
  g += `<rect x="${n(X(-305))}" y="${n(Y(122))}" width="${n(610 * sc)}" height="${n(4 * sc)}" fill="${bodyShade}"/>`;
  // split dome: two shells
  const shell = (side: -1 | 1, fill: string, shade: string) => {
    const sx = (dx: number) => X(dx * side);
    const outer = `M${n(sx(9))},${n(Y(134))} L${n(sx(9))},${n(Y(300))} C${n(sx(110))},${n(Y(300))} ${n(sx(210))},${n(Y(230))} ${n(sx(240))},${n(Y(134))}Z`;
    const inner = `M${n(sx(9))},${n(Y(134))} L${n(sx(9))},${n(Y(250))} C${n(sx(80))},${n(Y(250))} ${n(sx(150))},${n(Y(200))} ${n(sx(172))},${n(Y(134))}Z`;
    return `<path d="${outer}" fill="${fill}"/><path d="${inner}" fill="${shade}" opacity="0.55"/>` +
      `<path d="M${n(sx(9))},${n(Y(275))} C${n(sx(95))},${n(Y(275))} ${n(sx(180))},${n(Y(215))} ${n(sx(206))},${n(Y(134))}" fill="none" stroke="${shade}" stroke-width="${n(3 * sc)}" opacity="0.6"/>`;
  };
  g += shell(-1, dome, domeShade);
  g += shell(1, mix(dome, domeShade, 0.35), domeShade);
  return g;
}

function classicDome(cx: number, base: number, sc: number, body: string, shade: string, dome: string, accent: string): string {
  const X = (dx: number) => cx + dx * sc;
  const Y = (dy: number) => base - dy * sc;
  let g = '';
  g += `<rect x="${n(X(-300))}" y="${n(Y(20))}" width="${n(600 * sc)}" height="${n(20 * sc)}" fill="${shade}"/>`;
  g += `<rect x="${n(X(-280))}" y="${n(Y(150))}" width="${n(560 * sc)}" height="${n(130 * sc)}" fill="${body}"/>`;
  g += colonnade(X(-130), X(130), Y(140), Y(20), 8, mix(body, '#ffffff', 0.2), shade);
  for (const side of [-1, 1]) {
    for (let r = 0; r < 2; r++) {
      for (let c = 0; c < 4; c++) {
        const x = cx + side * (150 + c * 30) * sc - (side < 0 ? 16 * sc : 0);
        g += `<rect x="${n(x)}" y="${n(Y(125 - r * 55))}" width="${n(16 * sc)}" height="${n(34 * sc)}" rx="${n(8 * sc)}" fill="${shade}"/>`;
      }
    }
  }
  // pediment
  g += `<polygon points="${poly([[X(-150), Y(150)], [X(150), Y(150)], [X(0), Y(215)]])}" fill="${body}"/>`;
  g += `<polygon points="${poly([[X(-118), Y(158)], [X(118), Y(158)], [X(0), Y(202)]])}" fill="${shade}" opacity="0.5"/>`;
  g += `<rect x="${n(X(-290))}" y="${n(Y(162))}" width="${n(580 * sc)}" height="${n(12 * sc)}" fill="${shade}"/>`;
  // drum
  g += `<rect x="${n(X(-110))}" y="${n(Y(275))}" width="${n(220 * sc)}" height="${n(70 * sc)}" fill="${body}"/>`;
  g += colonnade(X(-100), X(100), Y(265), Y(210), 10, shade, mix(shade, '#000', 0.2));
  g += `<rect x="${n(X(-120))}" y="${n(Y(285))}" width="${n(240 * sc)}" height="${n(12 * sc)}" fill="${shade}"/>`;
  // dome
  g += `<path d="M${n(X(-108))},${n(Y(285))} A${n(108 * sc)},${n(118 * sc)} 0 0 1 ${n(X(108))},${n(Y(285))}Z" fill="${dome}"/>`;
  g += `<path d="M${n(X(0))},${n(Y(403))} A${n(108 * sc)},${n(118 * sc)} 0 0 1 ${n(X(108))},${n(Y(285))} L${n(X(0))},${n(Y(285))}Z" fill="#000" opacity="0.16"/>`;
  for (const k of [-0.62, -0.3, 0.3, 0.62]) {
    g += `<path d="M${n(X(0))},${n(Y(403))} Q${n(X(108 * k * 1.25))},${n(Y(370))} ${n(X(108 * k))},${n(Y(285))}" fill="none" stroke="${shade}" stroke-width="${n(2.5 * sc)}" opacity="0.6"/>`;
  }
  g += `<rect x="${n(X(-14))}" y="${n(Y(440))}" width="${n(28 * sc)}" height="${n(40 * sc)}" fill="${body}"/>`;
  g += `<path d="M${n(X(-18))},${n(Y(440))} A${n(18 * sc)},${n(16 * sc)} 0 0 1 ${n(X(18))},${n(Y(440))}Z" fill="${dome}"/>`;
  g += `<rect x="${n(X(-1.5))}" y="${n(Y(520))}" width="${n(3 * sc)}" height="${n(66 * sc)}" fill="${shade}"/>`;
  g += `<path d="M${n(X(1.5))},${n(Y(518))} l${n(46 * sc)},${n(6 * sc)} l0,${n(28 * sc)} l${n(-46 * sc)},${n(-4 * sc)}Z" fill="${accent}"/>`;
  return g;
}

function ballotBox(cx: number, base: number, sc: number, p: Palette, front: string, side: string, topC: string, paper: string): string {
  const w = 240 * sc;
  const h = 180 * sc;
  const d = 70 * sc;
  const x0 = cx - w / 2;
  const y0 = base - h;
  let g = `<ellipse cx="${n(cx + d * 0.4)}" cy="${n(base + 4)}" rx="${n(w * 0.7)}" ry="${n(16 * sc)}" fill="#000" opacity="0.2"/>`;
  // paper going in
  const px = cx - 20 * sc;
  g += `<g transform="rotate(-8 ${n(px)} ${n(y0)})">`;
  g += `<rect x="${n(px - 62 * sc)}" y="${n(y0 - d * 0.5 - 120 * sc)}" width="${n(124 * sc)}" height="${n(150 * sc)}" rx="${n(6 * sc)}" fill="${paper}"/>`;
  for (let i = 0; i < 3; i++) {
    g += `<rect x="${n(px - 44 * sc)}" y="${n(y0 - d * 0.5 - 96 * sc + i * 22 * sc)}" width="${n((i === 1 ? 60 : 84) * sc)}" height="${n(7 * sc)}" rx="${n(3.5 * sc)}" fill="${p.mid}" opacity="0.35"/>`;
  }
  g += `<path d="M${n(px + 8 * sc)},${n(y0 - d * 0.5 - 38 * sc)} l${n(14 * sc)},${n(14 * sc)} l${n(26 * sc)},${n(-30 * sc)}" fill="none" stroke="${p.accent}" stroke-width="${n(7 * sc)}" stroke-linecap="round" stroke-linejoin="round"/>`;
  g += `</g>`;
  // top face
  g += `<polygon points="${poly([[x0, y0], [x0 + w, y0], [x0 + w + d * 0.6, y0 - d * 0.55], [x0 + d * 0.6, y0 - d * 0.55]])}" fill="${topC}"/>`;
  // slot drawn over paper bottom: cover lower part of paper with top face front strip
  g += `<polygon points="${poly([[cx - 75 * sc + d * 0.3, y0 - d * 0.36], [cx + 55 * sc + d * 0.3, y0 - d * 0.36], [cx + 50 * sc + d * 0.3, y0 - d * 0.24], [cx - 80 * sc + d * 0.3, y0 - d * 0.24]])}" fill="${mix(p.deep, '#000', 0.3)}"/>`;
  g += `<polygon points="${poly([[x0, y0], [x0 + w, y0], [cx + 50 * sc + d * 0.3, y0 - d * 0.24], [cx - 80 * sc + d * 0.3, y0 - d * 0.24]])}" fill="${topC}"/>`;
  // side + front
  g += `<polygon points="${poly([[x0 + w, y0], [x0 + w + d * 0.6, y0 - d * 0.55], [x0 + w + d * 0.6, base - d * 0.55], [x0 + w, base]])}" fill="${side}"/>`;
  g += `<rect x="${n(x0)}" y="${n(y0)}" width="${n(w)}" height="${n(h)}" fill="${front}"/>`;
  g += `<rect x="${n(x0)}" y="${n(y0)}" width="${n(w)}" height="${n(12 * sc)}" fill="#fff" opacity="0.18"/>`;
  // emblem: star in a circle
  g += `<circle cx="${n(cx)}" cy="${n(y0 + h * 0.52)}" r="${n(42 * sc)}" fill="none" stroke="${p.accent2}" stroke-width="${n(5 * sc)}"/>`;
  g += `<polygon points="${poly(starPoints(cx, y0 + h * 0.52, 26 * sc, 11 * sc, 5))}" fill="${p.accent2}"/>`;
  return g;
}

function politik(s: Svg, p: Palette, v: number): string {
  const rng = s.rng;
  let g = background(s, p, v === 1 ? 95 : 75);
  if (v === 0) {
    g += glow(s, 720, 420, 520, p.accent, 0.5, 300);
    g += `<circle cx="760" cy="400" r="220" fill="${p.accent2}" opacity="0.22"/>`;
    g += linePatch(s, 760, 260, 520, 240, p.light, 0.08, 0, 16, 2);
    g += splitDomeBuilding(760, 600, 0.98, p, mix(p.mid, p.deep, 0.3), p.deep, p.accent, mix(p.accent, p.deep, 0.45));
    g += `<rect y="598" width="${W}" height="80" fill="${p.deep}"/>`;
    g += `<rect y="598" width="${W}" height="3" fill="${p.accent}" opacity="0.5"/>`;
    g += ballotBox(230, 640, 0.95, p, p.light, mix(p.light, p.mid, 0.45), mix(p.light, p.accent2, 0.35), '#ffffff');
  } else if (v === 1) {
    // sunburst + classical dome, light palette
    let rays = '';
    for (let i = 0; i < 24; i += 2) {
      const a0 = (i / 24) * Math.PI * 2;
      const a1 = ((i + 1) / 24) * Math.PI * 2;
      rays += `<polygon points="${poly([[600, 560], [600 + Math.cos(a0) * 1400, 560 + Math.sin(a0) * 1400], [600 + Math.cos(a1) * 1400, 560 + Math.sin(a1) * 1400]])}"/>`;
    }
    g += `<g fill="${p.light}" opacity="0.22">${rays}</g>`;
    g += glow(s, 600, 430, 420, p.light, 0.6);
    g += `<circle cx="600" cy="420" r="250" fill="${p.accent2}" opacity="0.3"/>`;
    g += classicDome(560, 610, 1.0, mix(p.mid, p.accent, 0.15), p.deep, p.accent, p.accent2);
    g += `<rect y="606" width="${W}" height="80" fill="${p.deep}"/>`;
    g += ballotBox(1010, 650, 0.78, p, p.mid, p.deep, mix(p.mid, p.light, 0.3), '#ffffff');
    g += dotPatch(s, 150, 150, 260, 200, p.deep, 0.22);
  } else {
    // big ballot box, floating ballots, building silhouette
    g += glow(s, 800, 320, 460, p.accent, 0.45);
    g += splitDomeBuilding(300, 560, 0.72, p, p.mid, mix(p.mid, p.deep, 0.5), mix(p.mid, p.accent, 0.3), p.deep);
    g += `<rect y="556" width="${W}" height="130" fill="${p.deep}"/>`;
    for (let i = 0; i < 6; i++) {
      const x = rr(rng, 600, 1130);
      const y = rr(rng, 70, 260);
      const a = rr(rng, -25, 25);
      const sc = rr(rng, 0.35, 0.6);
      g += `<g transform="rotate(${n(a)} ${n(x)} ${n(y)})" opacity="${op(rr(rng, 0.55, 0.9))}"><rect x="${n(x - 50 * sc)}" y="${n(y - 60 * sc)}" width="${n(100 * sc)}" height="${n(120 * sc)}" rx="${n(5 * sc)}" fill="${p.light}"/>` +
        `<path d="M${n(x - 18 * sc)},${n(y)} l${n(14 * sc)},${n(14 * sc)} l${n(26 * sc)},${n(-30 * sc)}" fill="none" stroke="${p.accent}" stroke-width="${n(8 * sc)}" stroke-linecap="round" stroke-linejoin="round"/></g>`;
    }
    g += ballotBox(830, 620, 1.35, p, p.light, mix(p.light, p.mid, 0.5), mix(p.light, p.accent2, 0.4), '#ffffff');
  }
  return g;
}

/* ------------------------------------------------------------------------ */
/* Hukum: scales of justice & gavel                                         */
/* ------------------------------------------------------------------------ */

function scales(s: Svg, cx: number, top: number, base: number, sc: number, tilt: number, p: Palette, metal: string, metalShade: string): string {
  let g = '';
  const beamY = top + 46 * sc;
  const half = 200 * sc;
  // pillar + base
  g += `<rect x="${n(cx - 9 * sc)}" y="${n(beamY)}" width="${n(18 * sc)}" height="${n(base - beamY - 40 * sc)}" fill="${metal}"/>`;
  g += `<rect x="${n(cx)}" y="${n(beamY)}" width="${n(9 * sc)}" height="${n(base - beamY - 40 * sc)}" fill="${metalShade}"/>`;
  g += `<polygon points="${poly([[cx - 40 * sc, base - 40 * sc], [cx + 40 * sc, base - 40 * sc], [cx + 70 * sc, base - 14 * sc], [cx - 70 * sc, base - 14 * sc]])}" fill="${metal}"/>`;
  g += `<rect x="${n(cx - 110 * sc)}" y="${n(base - 16 * sc)}" width="${n(220 * sc)}" height="${n(16 * sc)}" rx="${n(4 * sc)}" fill="${metalShade}"/>`;
  // finial
  g += `<circle cx="${n(cx)}" cy="${n(top + 20 * sc)}" r="${n(16 * sc)}" fill="${metal}"/>`;
  g += `<polygon points="${poly([[cx, top - 22 * sc], [cx + 9 * sc, top + 4 * sc], [cx - 9 * sc, top + 4 * sc]])}" fill="${metal}"/>`;
  // beam
  const L = rot([cx - half, beamY], [cx, beamY], tilt);
  const R = rot([cx + half, beamY], [cx, beamY], tilt);
  g += `<g transform="rotate(${tilt} ${n(cx)} ${n(beamY)})"><rect x="${n(cx - half)}" y="${n(beamY - 7 * sc)}" width="${n(half * 2)}" height="${n(14 * sc)}" rx="${n(7 * sc)}" fill="${metal}"/>` +
    `<rect x="${n(cx - half)}" y="${n(beamY)}" width="${n(half * 2)}" height="${n(7 * sc)}" rx="${n(3.5 * sc)}" fill="${metalShade}"/></g>`;
  g += `<circle cx="${n(cx)}" cy="${n(beamY)}" r="${n(20 * sc)}" fill="${metal}"/><circle cx="${n(cx)}" cy="${n(beamY)}" r="${n(8 * sc)}" fill="${metalShade}"/>`;
  const pan = (end: Pt) => {
    const py = end[1] + 170 * sc;
    const pw = 88 * sc;
    const bowl = s.linU([[0, metal], [1, metalShade]], end[0] - pw, 0, end[0] + pw, 0);
    return (
      `<g stroke="${metal}" stroke-width="${n(3 * sc)}" stroke-linecap="round"><line x1="${n(end[0])}" y1="${n(end[1])}" x2="${n(end[0] - pw * 0.92)}" y2="${n(py)}"/><line x1="${n(end[0])}" y1="${n(end[1])}" x2="${n(end[0] + pw * 0.92)}" y2="${n(py)}"/><line x1="${n(end[0])}" y1="${n(end[1])}" x2="${n(end[0])}" y2="${n(py)}" opacity="0.6"/></g>` +
      `<circle cx="${n(end[0])}" cy="${n(end[1])}" r="${n(10 * sc)}" fill="${metal}"/>` +
      `<path d="M${n(end[0] - pw)},${n(py)} Q${n(end[0])},${n(py + 90 * sc)} ${n(end[0] + pw)},${n(py)}Z" fill="${bowl}"/>` +
      `<ellipse cx="${n(end[0])}" cy="${n(py)}" rx="${n(pw)}" ry="${n(10 * sc)}" fill="${metal}"/>`
    );
  };
  g += pan(L) + pan(R);
  return g;
}

function gavel(cx: number, cy: number, sc: number, angle: number, wood: string, woodShade: string, band: string): string {
  let g = `<g transform="rotate(${angle} ${n(cx)} ${n(cy)})">`;
  // handle extends to the right of the head
  g += `<rect x="${n(cx)}" y="${n(cy - 13 * sc)}" width="${n(300 * sc)}" height="${n(26 * sc)}" rx="${n(13 * sc)}" fill="${wood}"/>`;
  g += `<rect x="${n(cx)}" y="${n(cy)}" width="${n(300 * sc)}" height="${n(13 * sc)}" rx="${n(6.5 * sc)}" fill="${woodShade}"/>`;
  g += `<rect x="${n(cx + 262 * sc)}" y="${n(cy - 17 * sc)}" width="${n(46 * sc)}" height="${n(34 * sc)}" rx="${n(17 * sc)}" fill="${wood}"/>`;
  // head
  g += `<rect x="${n(cx - 46 * sc)}" y="${n(cy - 92 * sc)}" width="${n(92 * sc)}" height="${n(184 * sc)}" rx="${n(16 * sc)}" fill="${wood}"/>`;
  g += `<rect x="${n(cx)}" y="${n(cy - 92 * sc)}" width="${n(46 * sc)}" height="${n(184 * sc)}" rx="${n(12 * sc)}" fill="${woodShade}"/>`;
  for (const y of [-70, 52]) {
    g += `<rect x="${n(cx - 50 * sc)}" y="${n(cy + y * sc)}" width="${n(100 * sc)}" height="${n(18 * sc)}" rx="${n(5 * sc)}" fill="${band}"/>`;
  }
  g += `<rect x="${n(cx - 52 * sc)}" y="${n(cy - 98 * sc)}" width="${n(104 * sc)}" height="${n(14 * sc)}" rx="${n(7 * sc)}" fill="${woodShade}"/>`;
  g += `<rect x="${n(cx - 52 * sc)}" y="${n(cy + 84 * sc)}" width="${n(104 * sc)}" height="${n(14 * sc)}" rx="${n(7 * sc)}" fill="${woodShade}"/>`;
  return g + '</g>';
}

function soundBlock(cx: number, cy: number, sc: number, wood: string, woodShade: string): string {
  const rx = 130 * sc;
  const ry = 34 * sc;
  const t = 34 * sc;
  return (
    `<ellipse cx="${n(cx)}" cy="${n(cy + t + 8)}" rx="${n(rx * 1.2)}" ry="${n(ry * 1.1)}" fill="#000" opacity="0.22"/>` +
    `<path d="M${n(cx - rx)},${n(cy)} L${n(cx - rx)},${n(cy + t)} A${n(rx)},${n(ry)} 0 0 0 ${n(cx + rx)},${n(cy + t)} L${n(cx + rx)},${n(cy)}Z" fill="${woodShade}"/>` +
    `<ellipse cx="${n(cx)}" cy="${n(cy)}" rx="${n(rx)}" ry="${n(ry)}" fill="${wood}"/>` +
    `<ellipse cx="${n(cx)}" cy="${n(cy)}" rx="${n(rx * 0.7)}" ry="${n(ry * 0.62)}" fill="none" stroke="${woodShade}" stroke-width="${n(3 * sc)}" opacity="0.5"/>`
  );
}

function courthouse(x0: number, x1: number, top: number, base: number, count: number, col: string, shade: string): string {
  const cx = (x0 + x1) / 2;
  let g = `<polygon points="${poly([[x0 - 30, top], [x1 + 30, top], [cx, top - (x1 - x0) * 0.2]])}" fill="${col}"/>`;
  g += `<polygon points="${poly([[x0, top - 10], [x1, top - 10], [cx, top - (x1 - x0) * 0.2 + 18]])}" fill="${shade}" opacity="0.6"/>`;
  g += `<rect x="${n(x0 - 30)}" y="${n(top)}" width="${n(x1 - x0 + 60)}" height="22" fill="${col}"/>`;
  g += colonnade(x0, x1, top + 30, base - 24, count, col, shade);
  g += `<rect x="${n(x0 - 20)}" y="${n(top + 22)}" width="${n(x1 - x0 + 40)}" height="10" fill="${shade}"/>`;
  g += `<rect x="${n(x0 - 40)}" y="${n(base - 24)}" width="${n(x1 - x0 + 80)}" height="12" fill="${col}"/>`;
  g += `<rect x="${n(x0 - 60)}" y="${n(base - 12)}" width="${n(x1 - x0 + 120)}" height="12" fill="${shade}"/>`;
  return g;
}

function books(x: number, base: number, sc: number, cols: string[], page: string): string {
  let g = '';
  let y = base;
  cols.forEach((c, i) => {
    const w = (230 - i * 18) * sc;
    const h = 36 * sc;
    const off = (i % 2 === 0 ? 0 : 14) * sc;
    y -= h;
    g += `<rect x="${n(x + off)}" y="${n(y)}" width="${n(w)}" height="${n(h)}" rx="${n(5 * sc)}" fill="${c}"/>`;
    g += `<rect x="${n(x + off + w - 14 * sc)}" y="${n(y + 5 * sc)}" width="${n(10 * sc)}" height="${n(h - 10 * sc)}" fill="${page}"/>`;
    g += `<rect x="${n(x + off + 20 * sc)}" y="${n(y + h * 0.4)}" width="${n(w * 0.45)}" height="${n(4 * sc)}" fill="${page}" opacity="0.6"/>`;
  });
  return g;
}

function hukum(s: Svg, p: Palette, v: number): string {
  let g = background(s, p, v === 1 ? 100 : 65);
  g += softBlobs(s, 3, [p.haze, p.accent], 0.25);
  const metal = p.accent2;
  const metalShade = p.accent;
  if (v === 0) {
    g += courthouse(70, 470, 250, 600, 6, mix(p.mid, p.haze, 0.4), p.mid);
    g += glow(s, 780, 300, 380, p.accent, 0.4);
    g += `<circle cx="780" cy="300" r="210" fill="none" stroke="${p.accent2}" stroke-opacity="0.3" stroke-width="2"/>`;
    g += `<circle cx="780" cy="300" r="250" fill="none" stroke="${p.accent2}" stroke-opacity="0.15" stroke-width="1.5"/>`;
    g += `<rect y="600" width="${W}" height="80" fill="${p.deep}"/>`;
    g += scales(s, 780, 80, 610, 1.05, -6, p, metal, metalShade);
    g += soundBlock(1050, 600, 0.62, mix(p.accent, '#5a2d0c', 0.45), mix(p.accent, '#3a1a06', 0.65));
    g += gavel(1000, 548, 0.5, -14, mix(p.accent, '#5a2d0c', 0.45), mix(p.accent, '#3a1a06', 0.65), p.accent2);
  } else if (v === 1) {
    // Gavel dominant on sound block; faint columns
    g += linePatch(s, 600, 300, 700, 340, p.mid, 0.1, 90, 60, 20);
    g += courthouse(720, 1130, 230, 560, 6, p.light, p.haze);
    g += `<rect y="556" width="${W}" height="130" fill="${p.mid}"/>`;
    g += `<rect y="556" width="${W}" height="6" fill="${p.deep}" opacity="0.3"/>`;
    g += glow(s, 430, 380, 330, p.accent2, 0.35);
    g += soundBlock(470, 575, 1.1, mix(p.accent, '#5a2d0c', 0.35), mix(p.accent, '#3a1a06', 0.6));
    g += gavel(360, 360, 1.0, -32, mix(p.accent, '#5a2d0c', 0.35), mix(p.accent, '#3a1a06', 0.6), p.accent2);
    g += books(880, 650, 0.9, [p.deep, p.accent, p.mid], p.light);
  } else {
    g += glow(s, 380, 320, 380, p.accent, 0.45);
    g += linePatch(s, 900, 200, 420, 260, p.accent2, 0.08, -45, 16, 2);
    g += `<rect y="590" width="${W}" height="90" fill="${p.deep}"/>`;
    g += scales(s, 380, 90, 600, 0.98, 5, p, metal, metalShade);
    g += books(690, 610, 1.0, [p.mid, mix(p.accent, '#4a2a10', 0.4), p.haze, p.deep], p.light);
    g += soundBlock(1030, 600, 0.7, mix(p.accent, '#5a2d0c', 0.4), mix(p.accent, '#3a1a06', 0.65));
    g += gavel(1000, 430, 0.64, 28, mix(p.accent, '#5a2d0c', 0.4), mix(p.accent, '#3a1a06', 0.65), p.accent2);
  }
  return g;
}

/* ------------------------------------------------------------------------ */
/* Olahraga: football & running track                                       */
/* ------------------------------------------------------------------------ */

function football(s: Svg, cx: number, cy: number, R: number, rotDeg: number, dark: string): string {
  const clip = s.clipCircle(cx, cy, R);
  const ball = s.rad([[0, '#ffffff'], [0.75, '#f1f1f1'], [1, '#cfd4d8']], 0.35, 0.3, 0.62);
  let g = `<ellipse cx="${n(cx + R * 0.15)}" cy="${n(cy + R * 1.12)}" rx="${n(R * 0.85)}" ry="${n(R * 0.14)}" fill="#000" opacity="0.2"/>`;
  g += `<circle cx="${n(cx)}" cy="${n(cy)}" r="${n(R)}" fill="${ball}"/>`;
  let inner = '';
  const rp = R * 0.3;
  const P = (a: number, d: number): Pt => [cx + Math.cos(a) * d, cy + Math.sin(a) * d];
  const centre: Pt[] = [];
  const outerPent: Pt[][] = [];
  for (let i = 0; i < 5; i++) {
    const a = ((-90 + 72 * i + rotDeg) * Math.PI) / 180;
    centre.push(P(a, rp));
    const d = R * 0.9;
    const ro = R * 0.27;
    const pc = P(a, d);
    const pts: Pt[] = [];
    for (let k = 0; k < 5; k++) {
      const phi = ((180 + 72 * k) * Math.PI) / 180;
      const u = Math.cos(phi) * ro * 0.62; // radial foreshortening
      const vv = Math.sin(phi) * ro;
      pts.push([pc[0] + u * Math.cos(a) - vv * Math.sin(a), pc[1] + u * Math.sin(a) + vv * Math.cos(a)]);
    }
    outerPent.push(pts);
  }
  let seams = '';
  for (let i = 0; i < 5; i++) {
    const c = centre[i] as Pt;
    const o = outerPent[i] as Pt[];
    const o0 = o[0] as Pt;
    seams += `M${n(c[0])},${n(c[1])}L${n(o0[0])},${n(o0[1])}`;
    const a = o[4] as Pt; // side facing i+1 (phi = 108)
    const next = outerPent[(i + 1) % 5] as Pt[];
    const b = next[1] as Pt; // side facing i (phi = 252)
    const mid: Pt = [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
    const pull: Pt = [cx + (mid[0] - cx) * 0.92, cy + (mid[1] - cy) * 0.92];
    seams += `M${n(a[0])},${n(a[1])}Q${n(pull[0])},${n(pull[1])} ${n(b[0])},${n(b[1])}`;
    // outward seams from the outer pentagon's far vertices
    for (const k of [2, 3]) {
      const q = o[k] as Pt;
      seams += `M${n(q[0])},${n(q[1])}L${n(cx + (q[0] - cx) * 1.3)},${n(cy + (q[1] - cy) * 1.3)}`;
    }
  }
  inner += `<path d="${seams}" fill="none" stroke="${dark}" stroke-width="${n(R * 0.028)}" stroke-linecap="round" opacity="0.75"/>`;
  inner += `<polygon points="${poly(centre)}" fill="${dark}" stroke="${dark}" stroke-width="${n(R * 0.03)}" stroke-linejoin="round"/>`;
  for (const o of outerPent) inner += `<polygon points="${poly(o)}" fill="${dark}" stroke="${dark}" stroke-width="${n(R * 0.03)}" stroke-linejoin="round"/>`;
  g += `<g clip-path="${clip}">${inner}`;
  g += `<circle cx="${n(cx)}" cy="${n(cy)}" r="${n(R)}" fill="${s.rad([[0, '#000', 0], [0.7, '#000', 0.02], [1, '#000', 0.28]], 0.36, 0.32, 0.7)}"/>`;
  g += `<ellipse cx="${n(cx - R * 0.35)}" cy="${n(cy - R * 0.42)}" rx="${n(R * 0.28)}" ry="${n(R * 0.16)}" fill="#fff" opacity="0.45" transform="rotate(-35 ${n(cx - R * 0.35)} ${n(cy - R * 0.42)})"/>`;
  g += `</g>`;
  return g;
}

function speedLines(rng: Rng, x1: number, cy: number, spread: number, color: string, count: number, angle = 0, dir: 1 | -1 = 1): string {
  let g = `<g transform="rotate(${angle} ${n(x1)} ${n(cy)})" stroke="${color}" stroke-linecap="round">`;
  for (let i = 0; i < count; i++) {
    const y = cy + rr(rng, -spread, spread);
    const len = rr(rng, 90, 260);
    const x = x1 - dir * rr(rng, 0, 80);
    g += `<line x1="${n(x - dir * len)}" y1="${n(y)}" x2="${n(x)}" y2="${n(y)}" stroke-width="${n(rr(rng, 3, 9))}" opacity="${op(rr(rng, 0.25, 0.7))}"/>`;
  }
  return g + '</g>';
}

function trackCurve(cx: number, cy: number, rx: number, ry: number, lanes: number, laneW: number, track: string, infield: string, line: string): string {
  let g = `<ellipse cx="${n(cx)}" cy="${n(cy)}" rx="${n(rx + lanes * laneW)}" ry="${n(ry + lanes * laneW * (ry / rx) * 1.6)}" fill="${track}"/>`;
  let lines = '';
  for (let i = 0; i <= lanes; i++) {
    const k = i * laneW;
    lines += `<ellipse cx="${n(cx)}" cy="${n(cy)}" rx="${n(rx + k)}" ry="${n(ry + k * (ry / rx) * 1.6)}"/>`;
  }
  g += `<ellipse cx="${n(cx)}" cy="${n(cy)}" rx="${n(rx)}" ry="${n(ry)}" fill="${infield}"/>`;
  g += `<g fill="none" stroke="${line}" stroke-width="3" opacity="0.85">${lines}</g>`;
  return g;
}

function stadiumLight(x: number, y: number, sc: number, pole: string, lamp: string): string {
  let g = `<rect x="${n(x - 4 * sc)}" y="${n(y)}" width="${n(8 * sc)}" height="${n(H - y)}" fill="${pole}"/>`;
  g += `<rect x="${n(x - 48 * sc)}" y="${n(y - 56 * sc)}" width="${n(96 * sc)}" height="${n(64 * sc)}" rx="${n(6 * sc)}" fill="${pole}"/>`;
  for (let r = 0; r < 3; r++) {
    for (let c = 0; c < 4; c++) {
      g += `<circle cx="${n(x - 33 * sc + c * 22 * sc)}" cy="${n(y - 42 * sc + r * 19 * sc)}" r="${n(7 * sc)}" fill="${lamp}"/>`;
    }
  }
  return g;
}

function olahraga(s: Svg, p: Palette, v: number): string {
  const rng = s.rng;
  let g = background(s, p, v === 1 ? 120 : 90);
  if (v === 0) {
    g += glow(s, 210, 120, 330, p.light, 0.35);
    g += stadiumLight(190, 150, 1, p.deep, p.light);
    g += `<polygon points="${poly([[150, 120], [230, 120], [700, H], [-200, H]])}" fill="${p.light}" opacity="0.07"/>`;
    g += linePatch(s, 600, 250, 700, 250, p.light, 0.06, 0, 40, 20);
    g += trackCurve(600, 900, 820, 330, 6, 34, p.accent, p.mid, p.light);
    g += speedLines(rng, 760, 300, 90, p.light, 12, -12);
    g += football(s, 860, 270, 130, 12, p.deep);
  } else if (v === 1) {
    // Orange: straight lanes in perspective + big ball
    let lanes = '';
    for (let i = 0; i < 9; i++) {
      const xb = 300 + i * 150;
      const xt = 760 + i * 60;
      lanes += `<line x1="${n(xt)}" y1="330" x2="${n(xb)}" y2="${H + 20}"/>`;
    }
    g += `<polygon points="${poly([[740, 330], [W + 300, 330], [W + 300, H], [260, H]])}" fill="${p.mid}"/>`;
    g += `<g stroke="${p.light}" stroke-width="4" opacity="0.8">${lanes}</g>`;
    g += `<rect x="0" y="320" width="${W}" height="14" fill="${p.deep}" opacity="0.25"/>`;
    g += `<polygon points="${poly([[0, 334], [740, 334], [260, H], [0, H]])}" fill="${p.accent}"/>`;
    g += linePatch(s, 300, 520, 400, 200, p.deep, 0.12, 90, 60, 30);
    for (let i = 0; i < 14; i++) {
      const x = rr(rng, 40, 1160);
      const y = rr(rng, 30, 300);
      const sz = rr(rng, 8, 18);
      const c = pick(rng, [p.light, p.accent2, p.accent, p.deep]);
      g += rng() < 0.5
        ? `<rect x="${n(x)}" y="${n(y)}" width="${n(sz)}" height="${n(sz * 0.5)}" fill="${c}" opacity="0.75" transform="rotate(${n(rr(rng, 0, 90))} ${n(x)} ${n(y)})"/>`
        : `<circle cx="${n(x)}" cy="${n(y)}" r="${n(sz * 0.35)}" fill="${c}" opacity="0.75"/>`;
    }
    g += speedLines(rng, 330, 330, 100, p.light, 12, 8);
    g += football(s, 470, 350, 170, -20, p.deep);
  } else {
    // Goal net + ball flying in, striped pitch
    let stripes = '';
    for (let i = 0; i < 8; i++) {
      const y0 = 430 + Math.pow(i / 8, 1.4) * 260;
      const y1 = 430 + Math.pow((i + 1) / 8, 1.4) * 260;
      if (i % 2 === 0) stripes += `<rect x="0" y="${n(y0)}" width="${W}" height="${n(y1 - y0)}"/>`;
    }
    g += `<rect y="430" width="${W}" height="260" fill="${p.mid}"/>`;
    g += `<g fill="${p.accent2}" opacity="0.12">${stripes}</g>`;
    g += `<path d="M-20,560 Q600,470 1220,560" fill="none" stroke="${p.light}" stroke-width="4" opacity="0.7"/>`;
    g += glow(s, 820, 250, 380, p.accent2, 0.3);
    // goal
    const gx0 = 120;
    const gx1 = 620;
    const gy0 = 170;
    const gy1 = 470;
    let net = '';
    for (let x = gx0; x <= gx1 + 40; x += 24) net += `M${x},${gy0}L${x + 30},${gy1}`;
    for (let y = gy0; y <= gy1; y += 24) net += `M${gx0 - 40},${y}L${gx1 + 40},${y + 14}`;
    const netClip = s.clipPath(`M${gx0},${gy0}H${gx1}V${gy1}H${gx0}Z`);
    g += `<rect x="${gx0}" y="${gy0}" width="${gx1 - gx0}" height="${gy1 - gy0}" fill="${p.deep}" opacity="0.25"/>`;
    g += `<path d="${net}" stroke="${p.light}" stroke-width="1.6" opacity="0.4" fill="none" clip-path="${netClip}"/>`;
    g += `<path d="M${gx0},${gy1}V${gy0}H${gx1}V${gy1}" fill="none" stroke="${p.light}" stroke-width="14" stroke-linejoin="round"/>`;
    g += `<path d="M${gx0},${gy0}L${gx0 + 40},${gy0 + 40}L${gx0 + 40},${gy1 - 40}M${gx1},${gy0}L${gx1 - 30},${gy0 + 40}" fill="none" stroke="${p.light}" stroke-width="5" opacity="0.7"/>`;
    g += speedLines(rng, 1010, 310, 60, p.light, 10, -14, -1);
    g += football(s, 940, 330, 120, 40, p.deep);
    g += `<path d="M600,470 L1220,470" stroke="${p.light}" stroke-width="3" opacity="0.5"/>`;
  }
  return g;
}

/* ------------------------------------------------------------------------ */
/* Teknologi: chip, circuits & smartphone                                   */
/* ------------------------------------------------------------------------ */

function chip(s: Svg, cx: number, cy: number, size: number, p: Palette): { svg: string; pins: Array<{ at: Pt; dir: Pt }> } {
  const h = size / 2;
  const pinsPer = 7;
  const pins: Array<{ at: Pt; dir: Pt }> = [];
  let pinSvg = '';
  const pinL = size * 0.1;
  const pinW = size * 0.045;
  for (let i = 0; i < pinsPer; i++) {
    const t = -h + size * 0.16 + ((size * 0.68) / (pinsPer - 1)) * i;
    pinSvg += `<rect x="${n(cx + t - pinW / 2)}" y="${n(cy - h - pinL)}" width="${n(pinW)}" height="${n(pinL)}"/>`;
    pinSvg += `<rect x="${n(cx + t - pinW / 2)}" y="${n(cy + h)}" width="${n(pinW)}" height="${n(pinL)}"/>`;
    pinSvg += `<rect x="${n(cx - h - pinL)}" y="${n(cy + t - pinW / 2)}" width="${n(pinL)}" height="${n(pinW)}"/>`;
    pinSvg += `<rect x="${n(cx + h)}" y="${n(cy + t - pinW / 2)}" width="${n(pinL)}" height="${n(pinW)}"/>`;
    pins.push({ at: [cx + t, cy - h - pinL], dir: [0, -1] });
    pins.push({ at: [cx + t, cy + h + pinL], dir: [0, 1] });
    pins.push({ at: [cx - h - pinL, cy + t], dir: [-1, 0] });
    pins.push({ at: [cx + h + pinL, cy + t], dir: [1, 0] });
  }
  let g = glow(s, cx, cy, size * 1.3, p.accent, 0.35);
  g += `<g fill="${p.accent}" opacity="0.9">${pinSvg}</g>`;
  g += `<rect x="${n(cx - h)}" y="${n(cy - h)}" width="${n(size)}" height="${n(size)}" rx="${n(size * 0.07)}" fill="${p.deep}" stroke="${p.accent}" stroke-width="3"/>`;
  const d = size * 0.56;
  g += `<rect x="${n(cx - d / 2)}" y="${n(cy - d / 2)}" width="${n(d)}" height="${n(d)}" rx="${n(size * 0.04)}" fill="${s.lin([[0, p.accent2], [1, p.accent]], 45)}"/>`;
  let die = '';
  for (let i = 1; i < 4; i++) {
    const o = -d / 2 + (d / 4) * i;
    die += `M${n(cx + o)},${n(cy - d / 2 + 8)}V${n(cy + d / 2 - 8)}M${n(cx - d / 2 + 8)},${n(cy + o)}H${n(cx + d / 2 - 8)}`;
  }
  g += `<path d="${die}" stroke="${p.light}" stroke-width="1.5" opacity="0.35"/>`;
  g += `<rect x="${n(cx - d * 0.18)}" y="${n(cy - d * 0.18)}" width="${n(d * 0.36)}" height="${n(d * 0.36)}" rx="4" fill="${p.light}" opacity="0.85"/>`;
  g += `<circle cx="${n(cx - h + size * 0.1)}" cy="${n(cy - h + size * 0.1)}" r="${n(size * 0.025)}" fill="${p.accent}"/>`;
  return { svg: g, pins };
}

function traces(rng: Rng, pins: Array<{ at: Pt; dir: Pt }>, color: string, node: string, keep: number): string {
  let paths = '';
  let nodes = '';
  for (const pin of pins) {
    if (rng() > keep) continue;
    const [x, y] = pin.at;
    const [dx, dy] = pin.dir;
    const a = rr(rng, 20, 90);
    const side = rng() < 0.5 ? -1 : 1;
    const b = rr(rng, 20, 80);
    const c = rr(rng, 40, 260);
    const p1: Pt = [x + dx * a, y + dy * a];
    const p2: Pt = [p1[0] + dx * b + (dy !== 0 ? side * b : 0), p1[1] + dy * b + (dx !== 0 ? side * b : 0)];
    const p3: Pt = [p2[0] + dx * c, p2[1] + dy * c];
    paths += `M${n(x)},${n(y)}L${n(p1[0])},${n(p1[1])}L${n(p2[0])},${n(p2[1])}L${n(p3[0])},${n(p3[1])}`;
    nodes += `<circle cx="${n(p3[0])}" cy="${n(p3[1])}" r="6" fill="none" stroke="${node}" stroke-width="3"/>`;
  }
  return `<path d="${paths}" fill="none" stroke="${color}" stroke-width="3" stroke-linejoin="round" opacity="0.6"/>${nodes}`;
}

function phone(s: Svg, cx: number, cy: number, w: number, h: number, angle: number, p: Palette, rng: Rng): string {
  const x = cx - w / 2;
  const y = cy - h / 2;
  const r = w * 0.13;
  let g = `<g transform="rotate(${angle} ${n(cx)} ${n(cy)})">`;
  g += `<rect x="${n(x + 18)}" y="${n(y + 24)}" width="${n(w)}" height="${n(h)}" rx="${n(r)}" fill="#000" opacity="0.3"/>`;
  g += `<rect x="${n(x)}" y="${n(y)}" width="${n(w)}" height="${n(h)}" rx="${n(r)}" fill="${mix(p.deep, p.mid, 0.4)}" stroke="${p.accent2}" stroke-opacity="0.7" stroke-width="3"/>`;
  const m = w * 0.05;
  const sx = x + m;
  const sy = y + m;
  const sw = w - m * 2;
  const sh = h - m * 2;
  g += `<rect x="${n(sx)}" y="${n(sy)}" width="${n(sw)}" height="${n(sh)}" rx="${n(r * 0.7)}" fill="${s.lin([[0, p.mid], [1, p.deep]], 100)}"/>`;
  g += `<rect x="${n(cx - w * 0.14)}" y="${n(sy + 10)}" width="${n(w * 0.28)}" height="${n(w * 0.07)}" rx="${n(w * 0.035)}" fill="${p.deep}"/>`;
  // UI: hero card, avatar rows, mini chart
  const pad = sw * 0.08;
  let ui = `<rect x="${n(sx + pad)}" y="${n(sy + sh * 0.1)}" width="${n(sw - pad * 2)}" height="${n(sh * 0.26)}" rx="12" fill="${s.lin([[0, p.accent], [1, p.accent2]], 20)}"/>`;
  ui += `<circle cx="${n(sx + sw * 0.72)}" cy="${n(sy + sh * 0.2)}" r="${n(sw * 0.12)}" fill="${p.light}" opacity="0.35"/>`;
  ui += `<path d="M${n(sx + pad + 12)},${n(sy + sh * 0.3)}L${n(sx + sw * 0.35)},${n(sy + sh * 0.25)}L${n(sx + sw * 0.5)},${n(sy + sh * 0.28)}L${n(sx + sw - pad - 14)},${n(sy + sh * 0.17)}" fill="none" stroke="${p.light}" stroke-width="4" stroke-linecap="round" stroke-linejoin="round"/>`;
  for (let i = 0; i < 4; i++) {
    const ry = sy + sh * (0.43 + i * 0.12);
    ui += `<circle cx="${n(sx + pad + 16)}" cy="${n(ry + 16)}" r="16" fill="${pick(rng, [p.accent, p.accent2, p.haze])}"/>`;
    ui += `<rect x="${n(sx + pad + 44)}" y="${n(ry + 6)}" width="${n(sw * rr(rng, 0.35, 0.55))}" height="9" rx="4.5" fill="${p.light}" opacity="0.7"/>`;
    ui += `<rect x="${n(sx + pad + 44)}" y="${n(ry + 22)}" width="${n(sw * rr(rng, 0.2, 0.4))}" height="7" rx="3.5" fill="${p.light}" opacity="0.35"/>`;
  }
  ui += `<rect x="${n(cx - w * 0.18)}" y="${n(sy + sh - 18)}" width="${n(w * 0.36)}" height="6" rx="3" fill="${p.light}" opacity="0.6"/>`;
  g += ui;
  g += `<path d="M${n(x + w * 0.55)},${n(y)} L${n(x + w)},${n(y)} L${n(x + w)},${n(y + h * 0.35)}Z" fill="#fff" opacity="0.05"/>`;
  return g + '</g>';
}

function wifiArcs(cx: number, cy: number, sc: number, color: string): string {
  let g = `<circle cx="${n(cx)}" cy="${n(cy)}" r="${n(10 * sc)}" fill="${color}"/>`;
  for (let i = 1; i <= 3; i++) {
    const r = 30 * sc * i;
    g += `<path d="M${n(cx - r * 0.78)},${n(cy - r * 0.62)} A${n(r)},${n(r)} 0 0 1 ${n(cx + r * 0.78)},${n(cy - r * 0.62)}" fill="none" stroke="${color}" stroke-width="${n(9 * sc)}" stroke-linecap="round" opacity="${n(1 - i * 0.2)}"/>`;
  }
  return g;
}

function teknologi(s: Svg, p: Palette, v: number): string {
  const rng = s.rng;
  let g = background(s, p, v === 1 ? 110 : 60);
  g += softBlobs(s, 4, [p.haze, p.accent2, p.mid], 0.35);
  g += `<rect width="${W}" height="${H}" fill="${s.gridPattern(p.accent, 40, 1, 0.07)}"/>`;
  if (v === 0) {
    g += dotPatch(s, 1000, 520, 300, 200, p.accent, 0.3, 18, 1.6);
    const c = chip(s, 420, 340, 220, p);
    g += traces(rng, c.pins, p.accent, p.accent, 0.75);
    g += c.svg;
    g += glow(s, 930, 330, 260, p.accent2, 0.35);
    g += phone(s, 930, 345, 250, 480, 10, p, rng);
  } else if (v === 1) {
    // Phone centred, radiating circuit, wifi
    const fake: Array<{ at: Pt; dir: Pt }> = [];
    for (let i = 0; i < 14; i++) {
      fake.push({ at: [470, rr(rng, 140, 540)], dir: [-1, 0] });
      fake.push({ at: [730, rr(rng, 140, 540)], dir: [1, 0] });
    }
    g += traces(rng, fake, p.accent, p.accent2, 0.9);
    g += glow(s, 600, 340, 360, p.accent, 0.4);
    g += `<circle cx="600" cy="340" r="300" fill="none" stroke="${p.accent}" stroke-opacity="0.2" stroke-width="2"/>`;
    g += `<circle cx="600" cy="340" r="240" fill="none" stroke="${p.accent}" stroke-opacity="0.12" stroke-width="14"/>`;
    g += phone(s, 600, 350, 270, 520, 0, p, rng);
    g += wifiArcs(1010, 190, 1.2, p.accent);
    g += `<g transform="translate(150 420)">${chip(s, 0, 0, 110, p).svg}</g>`;
  } else {
    // Large chip right, network cloud left
    const c = chip(s, 820, 340, 260, p);
    g += traces(rng, c.pins, p.accent, p.accent2, 0.85);
    g += c.svg;
    const cloud = `M170,330 C130,330 110,300 120,270 C128,240 160,226 190,236 C200,196 240,176 280,186 C310,160 370,166 390,206 C430,200 460,230 450,268 C480,280 480,330 440,330 Z`;
    g += glow(s, 290, 260, 240, p.accent, 0.3);
    g += `<path d="${cloud}" fill="${s.lin([[0, p.accent, 0.55], [1, p.accent2, 0.35]], 30)}" stroke="${p.light}" stroke-width="4" stroke-opacity="0.85"/>`;
    let links = '';
    const ends: Pt[] = [[180, 470], [290, 520], [400, 460]];
    for (const [x, y] of ends) {
      links += `<path d="M${x},330 L${x},${y}" stroke="${p.accent}" stroke-width="3" opacity="0.6"/>`;
      links += `<rect x="${x - 34}" y="${y}" width="68" height="46" rx="8" fill="${p.deep}" stroke="${p.accent2}" stroke-width="3"/>`;
      links += `<rect x="${x - 22}" y="${y + 12}" width="44" height="6" rx="3" fill="${p.accent}" opacity="0.8"/><rect x="${x - 22}" y="${y + 26}" width="28" height="6" rx="3" fill="${p.accent2}" opacity="0.6"/>`;
    }
    g += links;
  }
  return g;
}

/* ------------------------------------------------------------------------ */
/* Kesehatan: heart + pulse, cross, stethoscope                             */
/* ------------------------------------------------------------------------ */

function heartPath(cx: number, cy: number, sc: number): string {
  const P = (x: number, y: number) => `${n(cx + x * sc)},${n(cy + y * sc)}`;
  return (
    `M${P(0, 0.9)}C${P(-0.4, 0.6)} ${P(-1, 0.2)} ${P(-1, -0.3)}C${P(-1, -0.75)} ${P(-0.62, -1)} ${P(-0.32, -1)}` +
    `C${P(-0.12, -1)} ${P(0, -0.86)} ${P(0, -0.7)}C${P(0, -0.86)} ${P(0.12, -1)} ${P(0.32, -1)}` +
    `C${P(0.62, -1)} ${P(1, -0.75)} ${P(1, -0.3)}C${P(1, 0.2)} ${P(0.4, 0.6)} ${P(0, 0.9)}Z`
  );
}

function ecgPath(x0: number, x1: number, y: number, beatW: number, amp: number, beatAt?: number): string {
  const shape: Pt[] = [
    [0, 0], [0.1, 0], [0.14, -0.1], [0.18, -0.12], [0.22, 0], [0.3, 0], [0.33, 0.14], [0.38, -1], [0.43, 0.38],
    [0.47, 0], [0.58, 0], [0.64, -0.2], [0.7, -0.24], [0.76, 0], [1, 0],
  ];
  let d = `M${n(x0)},${n(y)}`;
  if (beatAt !== undefined) {
    // a single beat centred at beatAt, flat elsewhere
    const bx = beatAt - beatW * 0.4;
    d += `L${n(bx)},${n(y)}`;
    for (const [t, a] of shape) d += `L${n(bx + t * beatW)},${n(y + a * amp)}`;
    return d + `L${n(x1)},${n(y)}`;
  }
  for (let bx = x0; bx < x1; bx += beatW) {
    for (const [t, a] of shape) d += `L${n(bx + t * beatW)},${n(y + a * amp)}`;
  }
  return d;
}

function crossShape(cx: number, cy: number, size: number, fill: string, extra = ''): string {
  const t = size * 0.34;
  const r = size * 0.07;
  return (
    `<g fill="${fill}" ${extra}><rect x="${n(cx - t / 2)}" y="${n(cy - size / 2)}" width="${n(t)}" height="${n(size)}" rx="${n(r)}"/>` +
    `<rect x="${n(cx - size / 2)}" y="${n(cy - t / 2)}" width="${n(size)}" height="${n(t)}" rx="${n(r)}"/></g>`
  );
}

function stethoscope(cx: number, cy: number, sc: number, tube: string, metal: string, metalShade: string, flip = false): string {
  const X = (x: number) => cx + (flip ? -x : x) * sc;
  const Y = (y: number) => cy + y * sc;
  const P = (x: number, y: number) => `${n(X(x))},${n(Y(y))}`;
  let g = '';
  const sw = n(16 * sc);
  // binaural arms (metal)
  g += `<path d="M${P(-70, -250)} C${P(-86, -170)} ${P(-60, -110)} ${P(0, -80)} M${P(70, -250)} C${P(86, -170)} ${P(60, -110)} ${P(0, -80)}" fill="none" stroke="${metal}" stroke-width="${n(10 * sc)}" stroke-linecap="round"/>`;
  g += `<circle cx="${n(X(-70))}" cy="${n(Y(-254))}" r="${n(12 * sc)}" fill="${tube}"/><circle cx="${n(X(70))}" cy="${n(Y(-254))}" r="${n(12 * sc)}" fill="${tube}"/>`;
  // tubing
  g += `<path d="M${P(0, -80)} C${P(0, 40)} ${P(-30, 120)} ${P(40, 150)} C${P(130, 190)} ${P(230, 110)} ${P(240, 10)} L${P(240, -20)}" fill="none" stroke="${tube}" stroke-width="${sw}" stroke-linecap="round"/>`;
  g += `<rect x="${n(X(0) - 11 * sc)}" y="${n(Y(-92))}" width="${n(22 * sc)}" height="${n(30 * sc)}" rx="${n(6 * sc)}" fill="${metal}"/>`;
  // chest piece
  g += `<rect x="${n(X(240) - 10 * sc)}" y="${n(Y(-44))}" width="${n(20 * sc)}" height="${n(32 * sc)}" rx="${n(5 * sc)}" fill="${metal}"/>`;
  g += `<circle cx="${n(X(240))}" cy="${n(Y(-96))}" r="${n(58 * sc)}" fill="${metalShade}"/>`;
  g += `<circle cx="${n(X(240))}" cy="${n(Y(-100))}" r="${n(52 * sc)}" fill="${metal}"/>`;
  g += `<circle cx="${n(X(240))}" cy="${n(Y(-100))}" r="${n(36 * sc)}" fill="${metalShade}" opacity="0.55"/>`;
  g += `<circle cx="${n(X(228))}" cy="${n(Y(-114))}" r="${n(12 * sc)}" fill="#fff" opacity="0.55"/>`;
  return g;
}

function capsule(cx: number, cy: number, len: number, angle: number, a: string, b: string): string {
  const w = len * 0.38;
  return (
    `<g transform="rotate(${angle} ${n(cx)} ${n(cy)})">` +
    `<rect x="${n(cx - len / 2)}" y="${n(cy - w / 2)}" width="${n(len)}" height="${n(w)}" rx="${n(w / 2)}" fill="${a}"/>` +
    `<path d="M${n(cx)},${n(cy - w / 2)} L${n(cx + len / 2 - w / 2)},${n(cy - w / 2)} A${n(w / 2)},${n(w / 2)} 0 0 1 ${n(cx + len / 2 - w / 2)},${n(cy + w / 2)} L${n(cx)},${n(cy + w / 2)}Z" fill="${b}"/>` +
    `<rect x="${n(cx - len / 2 + w * 0.3)}" y="${n(cy - w * 0.3)}" width="${n(len * 0.35)}" height="${n(w * 0.16)}" rx="${n(w * 0.08)}" fill="#fff" opacity="0.45"/></g>`
  );
}

function kesehatan(s: Svg, p: Palette, v: number): string {
  const rng = s.rng;
  let g = background(s, p, v === 1 ? 100 : 70);
  g += softBlobs(s, 4, [p.haze, p.accent2, p.light], 0.45);
  if (v === 0) {
    g += dotPatch(s, 230, 200, 300, 220, p.mid, 0.28);
    g += crossShape(230, 200, 150, p.mid, 'opacity="0.9"');
    g += `<circle cx="230" cy="200" r="115" fill="none" stroke="${p.mid}" stroke-opacity="0.3" stroke-width="3"/>`;
    g += glow(s, 780, 330, 330, p.accent, 0.35);
    g += `<path d="${heartPath(792, 352, 215)}" fill="${mix(p.accent, p.deep, 0.35)}" opacity="0.35"/>`;
    g += `<path d="${heartPath(780, 340, 215)}" fill="${s.lin([[0, mix(p.accent, '#ffffff', 0.25)], [1, mix(p.accent, p.deep, 0.15)]], 60)}"/>`;
    g += `<path d="${heartPath(730, 290, 70)}" fill="#fff" opacity="0.16"/>`;
    const ecg = ecgPath(-10, W + 10, 350, 200, 130, 780);
    g += `<path d="${ecg}" fill="none" stroke="${p.light}" stroke-width="14" stroke-linejoin="round" stroke-linecap="round" opacity="0.35"/>`;
    g += `<path d="${ecg}" fill="none" stroke="${p.deep}" stroke-width="6" stroke-linejoin="round" stroke-linecap="round"/>`;
    g += capsule(200, 520, 120, -30, p.light, p.accent);
    g += capsule(340, 580, 90, 25, p.light, p.mid);
    g += capsule(1080, 560, 100, -60, p.light, p.accent);
  } else if (v === 1) {
    // Dark teal: glowing cross left, stethoscope right, small heart
    g += glow(s, 330, 320, 330, p.accent2, 0.3);
    g += `<circle cx="330" cy="320" r="200" fill="${p.light}" opacity="0.07"/>`;
    g += `<circle cx="330" cy="320" r="250" fill="none" stroke="${p.light}" stroke-opacity="0.18" stroke-width="2"/>`;
    g += crossShape(330, 320, 250, p.light);
    g += `<path d="${ecgPath(220, 440, 320, 220, 70, 330)}" fill="none" stroke="${p.accent}" stroke-width="8" stroke-linejoin="round" stroke-linecap="round"/>`;
    g += linePatch(s, 900, 150, 420, 200, p.light, 0.07, 45, 16, 2);
    g += stethoscope(790, 360, 1.05, p.accent, mix(p.light, p.haze, 0.25), p.haze);
    g += `<path d="${heartPath(1060, 500, 70)}" fill="${p.accent}"/>`;
    g += `<path d="${heartPath(1040, 480, 22)}" fill="#fff" opacity="0.25"/>`;
    for (let i = 0; i < 7; i++) {
      g += crossShape(rr(rng, 560, 1160), rr(rng, 40, 200), rr(rng, 14, 26), p.accent2, `opacity="${op(rr(rng, 0.3, 0.6))}"`);
    }
  } else {
    // Pink: stethoscope wrapping a heart, ECG line across the bottom
    g += `<circle cx="880" cy="310" r="250" fill="${p.light}" opacity="0.45"/>`;
    g += dotPatch(s, 880, 310, 320, 300, p.accent, 0.22, 22, 2);
    g += `<path d="${heartPath(560, 330, 170)}" fill="${p.accent}"/>`;
    g += `<path d="${heartPath(520, 290, 56)}" fill="#fff" opacity="0.2"/>`;
    g += stethoscope(480, 360, 1.0, p.deep, mix(p.light, p.accent2, 0.3), p.mid, true);
    g += `<path d="${ecgPath(-10, W + 10, 590, 240, 90)}" fill="none" stroke="${p.mid}" stroke-width="6" stroke-linejoin="round" stroke-linecap="round" opacity="0.8"/>`;
    g += crossShape(930, 260, 190, p.mid);
    g += crossShape(930, 260, 120, p.light, 'opacity="0.35"');
    g += capsule(1090, 470, 110, 35, p.light, p.accent);
    g += capsule(130, 150, 90, -20, p.light, p.mid);
  }
  return g;
}

/* ------------------------------------------------------------------------ */
/* seed-nato: compass-rose emblem, flags, podium                            */
/* ------------------------------------------------------------------------ */

function compassEmblem(cx: number, cy: number, R: number, light: string, shade: string, ring: string): string {
  let g = `<circle cx="${n(cx)}" cy="${n(cy)}" r="${n(R)}" fill="none" stroke="${ring}" stroke-width="${n(R * 0.07)}"/>`;
  const tip = R * 0.98;
  const waist = R * 0.2;
  for (let i = 0; i < 4; i++) {
    const a = (i * Math.PI) / 2 - Math.PI / 2;
    const T: Pt = [cx + Math.cos(a) * tip, cy + Math.sin(a) * tip];
    const Lw: Pt = [cx + Math.cos(a - Math.PI / 4) * waist, cy + Math.sin(a - Math.PI / 4) * waist];
    const Rw: Pt = [cx + Math.cos(a + Math.PI / 4) * waist, cy + Math.sin(a + Math.PI / 4) * waist];
    g += `<polygon points="${poly([[cx, cy], Lw, T])}" fill="${shade}"/>`;
    g += `<polygon points="${poly([[cx, cy], T, Rw])}" fill="${light}"/>`;
    // outward lines
    const o1: Pt = [cx + Math.cos(a) * R * 1.22, cy + Math.sin(a) * R * 1.22];
    const o2: Pt = [cx + Math.cos(a) * R * 1.95, cy + Math.sin(a) * R * 1.95];
    g += `<line x1="${n(o1[0])}" y1="${n(o1[1])}" x2="${n(o2[0])}" y2="${n(o2[1])}" stroke="${ring}" stroke-width="${n(R * 0.055)}" stroke-linecap="butt"/>`;
  }
  return g;
}

type FlagRegion = [number, number, number, number, string];

function flag(x: number, top: number, w: number, h: number, regions: FlagRegion[], phase: number, shadeFill: string): string {
  const amp = h * 0.06;
  const steps = 10;
  const wave = (t: number) => Math.sin(t * Math.PI * 1.6 + phase) * amp * t;
  const band = (u0: number, u1: number, v0: number, v1: number, fill: string) => {
    const pts: Pt[] = [];
    for (let i = 0; i <= steps; i++) {
      const t = u0 + ((u1 - u0) * i) / steps;
      pts.push([x + t * w, top + v0 * h + wave(t)]);
    }
    for (let i = steps; i >= 0; i--) {
      const t = u0 + ((u1 - u0) * i) / steps;
      pts.push([x + t * w, top + v1 * h + wave(t)]);
    }
    return `<polygon points="${poly(pts)}" fill="${fill}"/>`;
  };
  let g = '';
  for (const [u0, u1, v0, v1, c] of regions) g += band(u0, u1, v0, v1, c);
  g += band(0, 1, 0, 1, shadeFill);
  return g;
}

function nato(s: Svg, p: Palette): string {
  const rng = s.rng;
  let g = background(s, p, 90);
  // light beams
  g += `<g fill="${p.accent2}" opacity="0.06">`;
  for (const bx of [260, 600, 940]) {
    g += `<polygon points="${poly([[bx - 30, 0], [bx + 30, 0], [bx + 220, 560], [bx - 220, 560]])}"/>`;
  }
  g += `</g>`;
  g += glow(s, 600, 230, 360, p.accent, 0.45);
  g += dotPatch(s, 600, 230, 520, 260, p.light, 0.1, 24, 1.4);
  // backdrop panel
  g += `<rect x="330" y="40" width="540" height="380" rx="6" fill="${p.mid}" opacity="0.35"/>`;
  g += `<rect x="330" y="40" width="540" height="380" rx="6" fill="none" stroke="${p.accent2}" stroke-opacity="0.25" stroke-width="2"/>`;
  g += compassEmblem(600, 220, 96, p.light, p.accent2, p.light);
  // stage floor
  g += `<polygon points="${poly([[0, 470], [W, 470], [W, H], [0, H]])}" fill="${s.lin([[0, p.mid], [1, p.deep]], 90)}"/>`;
  g += `<rect y="466" width="${W}" height="6" fill="${p.accent2}" opacity="0.35"/>`;
  let floor = '';
  for (let i = -8; i <= 8; i++) floor += `M${600 + i * 30},470L${600 + i * 190},${H}`;
  g += `<path d="${floor}" stroke="${p.light}" stroke-width="1.2" opacity="0.08"/>`;
  // flags: two rows receding towards the centre
  // Abstract, non-national flag designs in a restrained palette (no real country flags).
  const C = { r: '#B3343F', w: '#E9EDF3', b: '#2D5BA6', y: '#D6A73C', g: '#2F7A57', n: '#1B2E5C', s: '#6E8FC4' };
  const designs: FlagRegion[][] = [
    [[0, 1, 0, 1, C.b], [0.28, 0.4, 0, 1, C.w], [0, 1, 0.42, 0.58, C.w]],
    [[0, 1, 0, 1, C.w], [0, 0.34, 0, 1, C.g], [0.34, 1, 0.7, 1, C.r]],
    [[0, 1, 0, 1, C.n], [0, 0.42, 0, 0.5, C.y]],
    [[0, 1, 0, 1, C.r], [0, 1, 0.4, 0.6, C.y]],
    [[0, 1, 0, 1, C.s], [0.28, 0.4, 0, 1, C.y], [0, 1, 0.42, 0.58, C.y]],
    [[0, 1, 0, 1, C.w], [0, 1, 0, 0.2, C.b], [0, 1, 0.8, 1, C.b]],
    [[0, 1, 0, 1, C.g], [0, 0.3, 0, 1, C.y]],
    [[0, 1, 0, 1, C.r], [0.28, 0.4, 0, 1, C.w], [0, 1, 0.42, 0.58, C.w]],
    [[0, 1, 0, 1, C.n], [0, 1, 0.5, 1, C.s], [0, 0.3, 0, 1, C.w]],
    [[0, 1, 0, 1, C.y], [0, 1, 0.3, 0.7, C.n]],
  ];
  const poleCol = mix(p.light, p.haze, 0.4);
  const shadeL = s.lin([[0, '#000', 0.3], [0.3, '#fff', 0.1], [0.55, '#000', 0.12], [0.8, '#fff', 0.08], [1, '#000', 0.2]], 0);
  for (const side of [-1, 1]) {
    for (let i = 0; i < 5; i++) {
      const t = i / 4; // 0 = outermost (closest), 1 = innermost
      const x = 600 + side * (560 - t * 300);
      const sc = 1 - t * 0.45;
      const poleTop = 470 - 380 * sc;
      const fw = 120 * sc;
      const fh = 78 * sc;
      const design = designs[(side < 0 ? i : 9 - i) % designs.length] as FlagRegion[];
      const k = 0.2 + t * 0.18;
      // mirror right-hand flags so the hoist is always at the pole
      const regions = design.map(([u0, u1, v0, v1, c]): FlagRegion =>
        side < 0 ? [u0, u1, v0, v1, mix(c, p.deep, k)] : [1 - u1, 1 - u0, v0, v1, mix(c, p.deep, k)],
      );
      g += `<rect x="${n(x - 2.5 * sc)}" y="${n(poleTop)}" width="${n(5 * sc)}" height="${n(470 - poleTop)}" fill="${poleCol}"/>`;
      g += `<circle cx="${n(x)}" cy="${n(poleTop - 4 * sc)}" r="${n(6 * sc)}" fill="${p.accent2}"/>`;
      const fx = side < 0 ? x + 2 : x - 2 - fw;
      g += flag(fx, poleTop + 8 * sc, fw, fh, regions, rr(rng, 0, 3), shadeL);
      g += `<ellipse cx="${n(x)}" cy="470" rx="${n(14 * sc)}" ry="${n(4 * sc)}" fill="#000" opacity="0.3"/>`;
    }
  }
  // podium / lectern
  const lx = 600;
  g += `<ellipse cx="${lx}" cy="640" rx="170" ry="18" fill="#000" opacity="0.35"/>`;
  g += `<polygon points="${poly([[lx - 120, 470], [lx + 120, 470], [lx + 100, 640], [lx - 100, 640]])}" fill="${mix(p.mid, p.deep, 0.3)}"/>`;
  g += `<polygon points="${poly([[lx, 470], [lx + 120, 470], [lx + 100, 640], [lx, 640]])}" fill="${p.deep}" opacity="0.45"/>`;
  g += `<polygon points="${poly([[lx - 136, 452], [lx + 136, 452], [lx + 124, 478], [lx - 124, 478]])}" fill="${mix(p.mid, p.light, 0.15)}"/>`;
  g += `<rect x="${lx - 124}" y="476" width="248" height="5" fill="${p.accent2}" opacity="0.6"/>`;
  g += compassEmblem(lx, 552, 34, p.light, p.accent2, p.light);
  // microphones
  g += `<path d="M${lx - 14},452 Q${lx - 20},420 ${lx - 36},404 M${lx + 14},452 Q${lx + 20},420 ${lx + 36},404" stroke="${poleCol}" stroke-width="3" fill="none"/>`;
  g += `<circle cx="${lx - 38}" cy="401" r="5" fill="${poleCol}"/><circle cx="${lx + 38}" cy="401" r="5" fill="${poleCol}"/>`;
  return g;
}

/* ------------------------------------------------------------------------ */
/* Build & render                                                           */
/* ------------------------------------------------------------------------ */

const NATO_PALETTE: Palette = {
  bg: ['#040D22', '#0A1F47', '#123A78'],
  deep: '#030A1C',
  mid: '#163B73',
  accent: '#3E7BD6',
  accent2: '#8FB8F0',
  light: '#F4F7FC',
  haze: '#5C7FB5',
};

const BUILDERS: Record<Category, (s: Svg, p: Palette, v: number) => string> = {
  nasional,
  internasional,
  ekonomi,
  politik,
  hukum,
  olahraga,
  teknologi,
  kesehatan,
};

export function buildSvg(key: string): string {
  const s = new Svg(mulberry32(hashString(key)));
  if (key === 'seed-nato') {
    const body = nato(s, NATO_PALETTE);
    return s.render(body + finish(s, NATO_PALETTE));
  }
  const m = /^([a-z]+)-([123])$/.exec(key);
  const cat = m?.[1] as Category | undefined;
  if (!m || !cat || !(CATEGORIES as readonly string[]).includes(cat)) throw new Error(`Unknown image key: ${key}`);
  const v = Number(m[2]) - 1;
  const p = PALETTES[cat][v] as Palette;
  const body = BUILDERS[cat](s, p, v);
  return s.render(body + finish(s, p));
}

async function renderKey(key: string): Promise<{ key: string; bytes: number }> {
  const svg = buildSvg(key);
  const out = path.join(OUT_DIR, `${key}.jpg`);
  const hasMozjpeg = Boolean((sharp.versions as Record<string, string | undefined>).mozjpeg);
  const info = await sharp(Buffer.from(svg), { density: 72 })
    .resize(W, H)
    .flatten({ background: '#ffffff' })
    .jpeg({ quality: JPEG_QUALITY, progressive: true, mozjpeg: hasMozjpeg, chromaSubsampling: '4:2:0' })
    .toFile(out);
  return { key, bytes: info.size };
}

async function main(): Promise<void> {
  const requested = process.argv.slice(2);
  const keys = requested.length > 0 ? requested : IMAGE_KEYS;
  await mkdir(OUT_DIR, { recursive: true });
  for (const key of keys) {
    const { bytes } = await renderKey(key);
    console.log(`${key}.jpg  ${(bytes / 1024).toFixed(1)} KB`);
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
