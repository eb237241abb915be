import {
  explainWhyNotFunded,
  type ExplainContext,
  type Language,
  type WhyNotFunded,
} from '@spillover/domain';
import type { CallEntity } from '../call/call.entity';

/** The names a "why not funded" sentence reads, resolved once per request. */
export interface AwardNames {
  organizations: ReadonlyMap<string, string>;
  clusters: ReadonlyMap<string, { en: string; ko: string }>;
}

export function explainContext(
  call: CallEntity,
  names: AwardNames,
  language: Language,
): ExplainContext {
  return {
    language,
    currency: call.currency ?? 'EUR',
    criterionName: (i) => call.criteria?.[i]?.name ?? `#${i + 1}`,
    funderName: (id) => names.clusters.get(id)?.[language] ?? id,
    organizationName: (id) => names.organizations.get(id) ?? id,
  };
}

/** A reason's machine-readable parameters (everything but its code) as strings. */
export const reasonParams = (reason: WhyNotFunded): { name: string; value: string }[] =>
  Object.entries(reason)
    .filter(([name]) => name !== 'code')
    .map(([name, value]) => ({ name, value: String(value) }));

/** A reason in both languages: the web shows the reader's, the exports write the one asked for. */
export const reasonWords = (call: CallEntity, names: AwardNames, reason: WhyNotFunded) => ({
  code: reason.code,
  params: reasonParams(reason),
  en: explainWhyNotFunded(reason, explainContext(call, names, 'en')),
  ko: explainWhyNotFunded(reason, explainContext(call, names, 'ko')),
});
