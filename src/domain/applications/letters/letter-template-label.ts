import { outcomeDefinitions } from '../outcomes/outcomes.ts';
import {
  letterKindLabels,
  letterKindOfTemplateKey,
  outcomeCodeOfTemplateKey,
  type LetterTemplateKey,
} from './letter-kind.ts';

/** The name of a template in the agency administrator's list, e.g. 答复告知书：予以公开…. */
export function letterTemplateLabel(key: LetterTemplateKey): string {
  const outcomeCode = outcomeCodeOfTemplateKey(key);
  if (outcomeCode === null) return letterKindLabels[letterKindOfTemplateKey(key)];
  return `答复告知书：${outcomeDefinitions[outcomeCode].label}`;
}
