import { z } from 'zod';

// Technology readiness levels. English after the EU Horizon 2020 Work Programme, General
// Annex G; Korean after the nine-stage 기술성숙도(TRL) scale of Korean industrial R&D
// programmes (산업통상자원부 / KEIT), which describes the same stages in its own words.
export const TRL_MIN = 1;
export const TRL_MAX = 9;

export const TRL_LEVELS = [
  { level: 1, en: 'Basic principles observed', ko: '기초 이론·실험' },
  { level: 2, en: 'Technology concept formulated', ko: '실용 목적의 아이디어·특허 등 개념 정립' },
  { level: 3, en: 'Experimental proof of concept', ko: '연구실 규모의 기본성능 검증' },
  { level: 4, en: 'Technology validated in lab', ko: '연구실 규모의 부품·시스템 성능 검증' },
  {
    level: 5,
    en: 'Technology validated in relevant environment',
    ko: '확정된 부품·시스템의 시작품 제작 및 성능 평가',
  },
  {
    level: 6,
    en: 'Technology demonstrated in relevant environment',
    ko: '파일럿 규모 시작품 제작 및 성능 평가',
  },
  {
    level: 7,
    en: 'System prototype demonstration in operational environment',
    ko: '신뢰성 평가 및 수요기업 평가',
  },
  { level: 8, en: 'System complete and qualified', ko: '시제품 인증 및 표준화' },
  { level: 9, en: 'Actual system proven in operational environment', ko: '사업화' },
] as const;
export type Trl = (typeof TRL_LEVELS)[number]['level'];

/** A TRL field whose messages name it, e.g. trlField('The target TRL'). */
export const trlField = (label: string) =>
  z
    .number({ message: `${label} is a level from ${TRL_MIN} to ${TRL_MAX}.` })
    .int(`${label} is a whole level from ${TRL_MIN} to ${TRL_MAX}.`)
    .min(TRL_MIN, `${label} is at least ${TRL_MIN}.`)
    .max(TRL_MAX, `${label} is at most ${TRL_MAX}.`);

export const trlSchema = trlField('A TRL');
