import { isParticle, particleAfter, PARTICLES } from '@spillover/domain';
import type { i18n as I18n } from 'i18next';

/**
 * `{{name, josa(이/가)}}` in a catalog writes the particle that follows `name` when read
 * aloud (한빛모션이, 설계가), chosen by the domain's es-hangul helper. It writes only the
 * particle, so a quoted name keeps its quotes: `“{{title}}”{{title, josa(와/과)}}`.
 */
export function addJosaFormat(instance: I18n): void {
  instance.services.formatter?.add(
    'josa',
    (value: unknown, _lng, options: Record<string, unknown>) => {
      const particle = Object.keys(options).find(isParticle) ?? PARTICLES[0];
      return particleAfter(String(value ?? ''), particle);
    },
  );
}
