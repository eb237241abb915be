import type { CollaborationOutcome, CollaborationType, TechnologyCode } from '@spillover/domain';
import type { DemoOrganizationKey } from './demo-data';
import type { DemoNeedKey } from './demo-listings';

/**
 * Earlier work between demo organizations: joint projects, contracts and licences that a
 * cluster office would know of. Matching counts them ("worked together twice before"); the
 * collaboration network of a later feature starts from them.
 */
export interface DemoCollaboration {
  readonly between: readonly [DemoOrganizationKey, DemoOrganizationKey];
  readonly title: string;
  readonly technologyAreas: readonly TechnologyCode[];
  /** A day (history), or days before the load (collaborations the platform started). */
  readonly startedOn: string | { readonly daysAgo: number };
  /** Set for collaborations an accepted interest started: the type and the need answered. */
  readonly type?: CollaborationType;
  readonly need?: DemoNeedKey;
  readonly completed?: {
    readonly outcome: CollaborationOutcome;
    readonly daysAgo: number;
    readonly by: string;
  };
}

export const DEMO_COLLABORATIONS: readonly DemoCollaboration[] = [
  // Started on the platform: KITECH answered Palgong's porosity need, the work solved it
  // (the need is CLOSED as SOLVED), and Palgong marked the collaboration completed.
  {
    between: ['palgong-mobility', 'kitech-daegu'],
    title: '구동모터 하우징 고압 다이캐스팅 기공 불량 저감',
    technologyAreas: ['EB13', 'EA15'],
    startedOn: { daysAgo: 100 },
    type: 'TECHNICAL_COOPERATION',
    need: 'palgong-diecast-porosity',
    completed: { outcome: 'SOLVED', daysAgo: 25, by: 'ceo.palgong@spillover.demo' },
  },
  // Started on the platform and still running: Hanbit's hard-trimming need stays OPEN.
  {
    between: ['hanbit-autotech', 'kitech-daegu'],
    title: '핫스탬핑 부품 레이저 트리밍을 대체하는 하드 트리밍 금형 기술',
    technologyAreas: ['EA15', 'EB10'],
    startedOn: { daysAgo: 6 },
    type: 'TECHNICAL_COOPERATION',
    need: 'hanbit-hot-stamping-trim',
  },
  {
    between: ['seongseo-precision', 'knu'],
    title: '경량 알루미늄 너클 위상최적화 공동연구 (Lightweight aluminium knuckle topology study)',
    technologyAreas: ['EA14', 'EA02'],
    startedOn: '2022-03-01',
  },
  {
    between: ['seongseo-precision', 'kitech-daegu'],
    title: '다이캐스팅 기공 저감 기술지도 (Die-casting porosity reduction coaching)',
    technologyAreas: ['EA02'],
    startedOn: '2023-06-15',
  },
  {
    between: ['palgong-mobility', 'dgist'],
    title: 'SiC 인버터 열관리 해석 (SiC inverter thermal analysis)',
    technologyAreas: ['EA09', 'EE04'],
    startedOn: '2021-09-01',
  },
  {
    between: ['palgong-mobility', 'dgist'],
    title: 'EMC 사전시험 협력 (EMC pre-compliance testing)',
    technologyAreas: ['EA09'],
    startedOn: '2024-02-01',
  },
  {
    between: ['hanbit-autotech', 'knu'],
    title: '핫스탬핑 트리밍 공정 개선 (Hot-stamping trimming process)',
    technologyAreas: ['EA02'],
    startedOn: '2020-05-01',
  },
  {
    between: ['dalgubeol-meditech', 'dgist'],
    title: '보행 재활 로봇 임상 프로토콜 (Gait rehabilitation clinical protocol)',
    technologyAreas: ['LC06'],
    startedOn: '2023-01-10',
  },
  {
    between: ['gumi-displaytech', 'kumoh'],
    title: '박막봉지 공정 신뢰성 평가 (Thin-film encapsulation reliability)',
    technologyAreas: ['ED07'],
    startedOn: '2022-11-01',
  },
  {
    between: ['masan-hydrogen', 'changwon-national-university'],
    title: '수소 압축기 실링 소재 평가 (Hydrogen compressor seal materials)',
    technologyAreas: ['EF05'],
    startedOn: '2023-04-01',
  },
  {
    between: ['masan-hydrogen', 'keri'],
    title: '수소충전소 전력변환 실증 (Power conversion for a hydrogen refuelling station)',
    technologyAreas: ['EF05'],
    startedOn: '2024-07-01',
  },
  {
    between: ['stuttgart-powertrain', 'uni-stuttgart'],
    title: 'Fuel-cell air path modelling',
    technologyAreas: ['EF05'],
    startedOn: '2021-01-15',
  },
  {
    between: ['stuttgart-powertrain', 'fraunhofer-ipa'],
    title: 'Bipolar plate coating line pilot',
    technologyAreas: ['EF05'],
    startedOn: '2023-09-01',
  },
  {
    between: ['schwaben-leichtbau', 'uni-stuttgart'],
    title: 'Al–CFRP hybrid joining study',
    technologyAreas: ['EA14'],
    startedOn: '2022-02-01',
  },
  {
    between: ['brabant-mechatronics', 'tue'],
    title: 'Stage vibration control for inkjet printing',
    technologyAreas: ['EA02'],
    startedOn: '2023-03-01',
  },
  {
    between: ['alsace-composites', 'uha'],
    title: 'Flame-retardant composite battery enclosure',
    technologyAreas: ['EA14'],
    startedOn: '2024-01-15',
  },
  {
    between: ['pohjola-hydrogen', 'vtt'],
    title: 'Hydrogen refuelling pilot in Oulu',
    technologyAreas: ['EF05'],
    startedOn: '2023-05-01',
  },
  // Across the Daegu–Baden-Württemberg partnership: its page lists this one.
  {
    between: ['hanbit-autotech', 'fraunhofer-ipa'],
    title:
      '다이캐스팅 하우징 자동 외관검사 파일럿 (Automated visual inspection pilot for die-cast housings)',
    technologyAreas: ['EA14', 'EA02'],
    startedOn: '2025-04-01',
  },
  {
    between: ['rhin-hydrogen-mobility', 'stuttgart-powertrain'],
    title: 'Upper Rhine hydrogen bus valves (cross-border)',
    technologyAreas: ['EF05'],
    startedOn: '2024-04-01',
  },
];
