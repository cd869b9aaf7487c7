// A refusal from the rules (a code and the ids it concerns) as a sentence in the
// player's language, with the tiles, projects and values named in that language too.
import type { UiRefusal } from './planner';
import { t } from '../i18n/index';
import { powerName, projectName, tileName, valueName } from './names';

const ACTION_KEY: Readonly<Record<string, string>> = {
  influence: 'tool.influence',
  invest: 'tool.invest',
  softPower: 'soft.name',
  pressure: 'tool.pressure',
};

export function refusalSentence(r: UiRefusal): string {
  if (r.code === 'remote') return r.text;
  const p = r.params;
  const vars: Record<string, string | number> = {};
  if (p.tile !== undefined) vars.tile = tileName(p.tile);
  if (p.project !== undefined) vars.project = projectName(p.project);
  if (p.value !== undefined) vars.value = valueName(p.value);
  if (p.power !== undefined) vars.power = powerName(p.power);
  if (p.action !== undefined)
    vars.action = ACTION_KEY[p.action] !== undefined ? t(ACTION_KEY[p.action] ?? '').toLocaleLowerCase() : p.action;
  if (p.need !== undefined) vars.need = t(`need.${p.need}`);
  if (p.cost !== undefined) vars.cost = p.cost;
  if (p.left !== undefined) vars.left = p.left;
  if (p.limit !== undefined) vars.limit = p.limit;
  return t(`refuse.${r.code}`, vars);
}
