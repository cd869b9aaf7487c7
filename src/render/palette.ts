// The table's colours (UX.md). Shapes carry identity as well as colour: Russia is a
// square, China a circle, so the board reads under deuteranopia and protanopia.
import type { CountryId, Power } from '../content/ids';

export const POWER_COLOR: Readonly<Record<Power, number>> = { russia: 0x2f4b9a, china: 0xc62828 };
export const POWER_CSS: Readonly<Record<Power, string>> = { russia: '#2f4b9a', china: '#c62828' };
export const POWER_LETTER: Readonly<Record<Power, string>> = { russia: 'R', china: 'C' };
export const KZ = 0x00a3ad;
export const GOLD = 0xf2b705;
export const INK = '#231d18';
export const INK_HEX = 0x231d18;
export const PAPER = 0xfffaf0;
export const WATER = '#9dbccc';
export const WATER_EDGE = '#7fa2b4';

/** Steppe ochres and pale grass for the five countries on the board. */
export const COUNTRY_FILL: Readonly<Record<CountryId, string>> = {
  kazakhstan: '#e9cf92',
  uzbekistan: '#dcc690',
  kyrgyzstan: '#cfd3a2',
  tajikistan: '#d8c6a2',
  turkmenistan: '#e8d6a8',
};
/** Neighbours are quieter: warm greys, a hint of each home edge's colour. */
export const NEIGHBOUR_FILL = '#d3ccbd';
export const HOME_FILL: Readonly<Record<string, string>> = { Russia: '#cbc8d2', China: '#dcc9c4' };
export const FONT = "'Noto Sans', 'Noto Sans SC', 'Segoe UI', Roboto, Arial, sans-serif";
