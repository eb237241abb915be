// Demo marketplace: technology needs (기술수요) and capabilities (보유역량) of the demo
// organizations in demo-data.ts — hydrogen and fuel cells, automotive lightweighting,
// e-drives, smart factories, displays, batteries, medical devices, textiles. Pure data, no
// I/O, no ids: records refer to organizations by key and to people by e-mail, and
// DemoSeeder turns them into rows. Korean organizations write in Korean, the others in
// English, as their people would.
//
// Time is relative to the moment of seeding (days ago, days ahead), so that whenever the
// demo is loaded OPEN needs have deadlines two to ten weeks ahead and nothing looks stale.
//
// Illustrative, not factual: patent numbers, equipment inventories, figures and results are
// invented for the demo, including those shown for real universities and institutes; they
// are not those institutions' actual patents, equipment or projects.
// demo-listings.spec.ts checks every record against the domain rules the API enforces.
import type {
  CapabilityDraftInput,
  CapabilityKind,
  CapabilityStatus,
  CollaborationType,
  CurrencyCode,
  LicensingStatus,
  NaceCodeValue,
  NeedCloseReason,
  NeedDraftInput,
  NeedStatus,
  TechnologyCode,
  Visibility,
} from '@spillover/domain';
import { DEMO_ORGANIZATIONS, DEMO_USERS, type DemoOrganizationKey } from './demo-data';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Euros in the currency's minor unit (cents), the unit budgets are stored in: €150,000 → 15000000. */
const eur = (euros: number): number => euros * 100;

// ---------------------------------------------------------------------------------------
// NDA terms (비밀유지계약) the owners attach to their needs' confidential details
// ---------------------------------------------------------------------------------------

const ndaKo = (owner: string, years: number): string =>
  `${owner}(이하 "공개자")가 본 기술수요의 비공개 상세정보로 제공하는 도면, 사양, 시험 데이터 및 고객 요구사항은 비밀정보입니다. ` +
  `열람 기관은 비밀정보를 공개자와의 협력 검토 목적으로만 사용하며, 공개자의 사전 서면 동의 없이 제3자에게 공개하거나 복제하지 않습니다. ` +
  `비밀유지 의무는 최초 열람일로부터 ${years}년간 유지되며, 이미 공지되었거나 열람 기관이 적법하게 보유하고 있던 정보에는 적용되지 않습니다. ` +
  `본 조건은 대한민국 법에 따릅니다.`;

const ndaEn = (owner: string, years: number, law: string): string =>
  `The confidential details of this technology need (drawings, specifications, test data and customer requirements) are disclosed by ${owner} ("Discloser") ` +
  `solely so that the receiving organization can evaluate a possible collaboration. The receiving organization shall not use them for any other purpose, ` +
  `nor disclose or copy them without the Discloser's prior written consent. These obligations last ${years} years from first access and do not apply to ` +
  `information that is public or was lawfully known to the receiving organization before. These terms are governed by the laws of ${law}.`;

// ---------------------------------------------------------------------------------------
// Technology needs
// ---------------------------------------------------------------------------------------

export interface DemoNda {
  readonly text: string;
  readonly version: string;
}

export interface DemoNeed {
  readonly key: string;
  readonly organization: DemoOrganizationKey;
  /** E-mail of the demo user who wrote it, a member of the organization. */
  readonly createdBy: string;
  readonly status: NeedStatus;
  /** CLOSED only: SOLVED or WITHDRAWN by the owner, EXPIRED by the expiry job. */
  readonly closeReason: NeedCloseReason | null;
  readonly title: string;
  readonly publicSummary: string;
  /** Shown only to the owner and to organizations that accepted the current NDA terms. */
  readonly confidentialDetails: string;
  readonly desiredOutcome: string;
  readonly technologyAreas: readonly TechnologyCode[];
  readonly sectors: readonly NaceCodeValue[];
  readonly currentTrl: number | null;
  readonly targetTrl: number | null;
  /** In the currency's minor units: KRW has none (₩80,000,000 is 80000000), EUR has cents (€150,000 is 15000000). */
  readonly budgetMin: number | null;
  readonly budgetMax: number | null;
  readonly currency: CurrencyCode | null;
  /** Days from the seeding time to the deadline (negative: already passed); see demoDeadline. */
  readonly deadlineInDays: number | null;
  readonly collaborationTypes: readonly CollaborationType[];
  /** Partners from abroad are welcome: matching ranks them near domestic ones. */
  readonly internationalPartnersWelcome?: boolean;
  readonly visibility: Visibility;
  /** PRIVATE only: the organizations invited to see it. */
  readonly invited: readonly DemoOrganizationKey[];
  readonly nda: DemoNda | null;
  readonly createdDaysAgo: number;
  /** Null for drafts. */
  readonly publishedDaysAgo: number | null;
  /** Closed by the owner (SOLVED, WITHDRAWN); null otherwise, and for EXPIRED (closed just after the deadline). */
  readonly closedDaysAgo: number | null;
}

/** What a record spells out; the rest defaults to nothing (no invitations, no NDA, open). */
type DemoNeedInput = Omit<
  DemoNeed,
  'invited' | 'nda' | 'closeReason' | 'closedDaysAgo' | 'confidentialDetails'
> &
  Partial<
    Pick<DemoNeed, 'invited' | 'nda' | 'closeReason' | 'closedDaysAgo' | 'confidentialDetails'>
  >;

const NEEDS = [
  // ---- Daegu Seongseo: automotive parts, machinery, medical devices, textiles ----
  {
    key: 'seongseo-aluminium-knuckle',
    internationalPartnersWelcome: true,
    organization: 'seongseo-precision',
    createdBy: 'ceo.seongseo@spillover.demo',
    status: 'OPEN',
    title: '전기차 조향 너클 알루미늄 경량화를 위한 단조품 정밀가공 변형 제어 기술',
    publicSummary:
      '전기차 전환에 맞춰 주철 조향 너클을 알루미늄 단조품으로 바꾸고 있습니다. 열처리(T6)된 단조품을 가공할 때 잔류응력 때문에 베어링 보어와 볼조인트 테이퍼가 변형되어 양산 수율이 85% 수준에 머물러 있습니다. 가공 순서, 고정구 설계, 잔류응력 해석으로 변형을 줄일 산학연 파트너를 찾습니다.',
    confidentialDetails:
      '대상 부품: 국내 완성차 전기 SUV 전륜 너클(1차 협력사 경유, 2년 뒤 양산), 소재 A6082-T6 단조품. 현재 보어 진원도 편차 최대 28㎛(요구 10㎛ 이하), 사이클타임 6분 40초. 도면, 3차원 측정 데이터 120개 샘플, 현행 고정구 사진을 제공합니다. 목표 가공비는 개당 21,000원 이하입니다.',
    desiredOutcome:
      '양산 라인에서 보어 진원도 10㎛ 이하, 가공 수율 97% 이상을 검증하고 변형 예측 모델과 개선된 고정구 설계를 확보하는 것.',
    technologyAreas: ['EB10', 'EA02', 'EA17'],
    sectors: ['29', '25'],
    currentTrl: 4,
    targetTrl: 7,
    budgetMin: 80_000_000,
    budgetMax: 150_000_000,
    currency: 'KRW',
    deadlineInDays: 42,
    collaborationTypes: ['TECHNICAL_COOPERATION', 'RESEARCH_COOPERATION'],
    visibility: 'PUBLIC',
    nda: { text: ndaKo('(주)성서정밀', 3), version: 'v1' },
    createdDaysAgo: 20,
    publishedDaysAgo: 18,
  },
  {
    key: 'seongseo-tool-wear',
    organization: 'seongseo-precision',
    createdBy: 'engineer.seongseo@spillover.demo',
    status: 'DRAFT',
    title: '가공 셀 공구 마모 자동 보정 시스템 도입',
    publicSummary:
      '알루미늄 부품 가공 셀에서 공구 마모에 따른 치수 변화를 작업자가 수동으로 보정하고 있습니다. 공구 마모를 자동으로 감지해 보정값을 반영하는 방법을 찾고 있습니다.',
    desiredOutcome: '',
    technologyAreas: ['EA02', 'EA14'],
    sectors: ['25'],
    currentTrl: null,
    targetTrl: null,
    budgetMin: null,
    budgetMax: null,
    currency: null,
    deadlineInDays: null,
    collaborationTypes: ['TECHNICAL_COOPERATION'],
    visibility: 'PUBLIC',
    createdDaysAgo: 3,
    publishedDaysAgo: null,
  },
  {
    key: 'seongseo-hybrid-bracket',
    organization: 'seongseo-precision',
    createdBy: 'ceo.seongseo@spillover.demo',
    status: 'OPEN',
    title: '알루미늄–고장력강 이종접합 배터리팩 브래킷 공동개발',
    publicSummary:
      '전기차 배터리팩 장착 브래킷을 알루미늄 압출재와 고장력강 판재의 하이브리드 구조로 바꾸려 합니다. 이종소재 접합부의 갈바닉 부식과 피로 강도를 확보할 접합 공정(SPR, FDS, 구조용 접착)을 함께 개발할 기업과 연구기관을 초청합니다.',
    confidentialDetails:
      '고객사 요구: 브래킷 중량 30% 절감, 염수분무 1,000시간 후 접합강도 저하 15% 이내. 시제품 3종의 도면과 현재 공정 원가를 초청 기관에 공유합니다.',
    desiredOutcome:
      '접합 공정 조건과 부식 방지 설계를 확정하고, 시제품 100개로 고객사 설계검증(DV) 시험을 통과하는 것.',
    technologyAreas: ['EB12', 'EB10', 'EA17'],
    sectors: ['29', '25'],
    currentTrl: 3,
    targetTrl: 6,
    budgetMin: 120_000_000,
    budgetMax: 200_000_000,
    currency: 'KRW',
    deadlineInDays: 35,
    collaborationTypes: ['RESEARCH_COOPERATION', 'TECHNICAL_COOPERATION'],
    visibility: 'PRIVATE',
    // Fraunhofer IPA is invited too: it answered with an interest and the two are talking.
    invited: ['hanbit-autotech', 'kitech-daegu', 'fraunhofer-ipa'],
    createdDaysAgo: 12,
    publishedDaysAgo: 10,
  },
  {
    key: 'palgong-sic-inverter-cooling',
    organization: 'palgong-mobility',
    createdBy: 'ceo.palgong@spillover.demo',
    status: 'OPEN',
    title: '800V 전기차 구동모듈용 SiC 인버터 양면 냉각 열관리 기술',
    publicSummary:
      '800V 플랫폼용 통합 구동모듈(모터·감속기·인버터)을 개발하고 있습니다. SiC 전력모듈의 접합부 온도를 낮추고 출력 밀도를 높이기 위해 양면 냉각 구조와 냉각 유로 최적화 기술을 가진 연구기관과 기업을 찾습니다.',
    confidentialDetails:
      '목표 사양: 연속 출력 180kW, 인버터 체적 4.5L 이하, 정격 운전 시 SiC 접합부 온도 150℃ 이하. 현행 단면 냉각 시제품의 열해석 모델과 실측 온도 데이터, 냉각수 조건(10L/min, 65℃)을 제공합니다.',
    desiredOutcome:
      '양면 냉각 모듈 시제품으로 접합부 온도를 20℃ 이상 낮추고, 2년 안에 양산에 적용할 수 있는 구조 설계를 확보하는 것.',
    technologyAreas: ['EA18', 'ED03', 'EA17'],
    sectors: ['29', '27'],
    currentTrl: 4,
    targetTrl: 7,
    budgetMin: 200_000_000,
    budgetMax: 400_000_000,
    currency: 'KRW',
    deadlineInDays: 56,
    collaborationTypes: ['RESEARCH_COOPERATION', 'TECHNICAL_COOPERATION', 'LICENSE'],
    visibility: 'PUBLIC',
    nda: { text: ndaKo('(주)팔공모빌리티', 5), version: '2.0' },
    createdDaysAgo: 30,
    publishedDaysAgo: 28,
  },
  {
    key: 'palgong-emc-test',
    organization: 'palgong-mobility',
    createdBy: 'engineer.palgong@spillover.demo',
    status: 'OPEN',
    title: '전동화 부품 EMC·복합환경 내구시험 설비 공동활용 파트너 모집',
    publicSummary:
      '구동모듈 개발 과제가 늘면서 전자파(EMC) 시험과 진동·열충격 복합환경 내구시험 수요가 사내 설비 용량을 넘고 있습니다. 클러스터 안에서 차량용 EMC 챔버와 복합환경 시험기를 분기 단위로 함께 활용할 기관을 찾습니다.',
    desiredOutcome:
      '분기마다 EMC 시험 80시간, 복합환경 내구시험 500시간을 확보하고 고객사 제출용 시험 성적서를 발급받는 것.',
    technologyAreas: ['ED13', 'EA17', 'EB14'],
    sectors: ['29', '71'],
    currentTrl: 6,
    targetTrl: 8,
    budgetMin: 40_000_000,
    budgetMax: 80_000_000,
    currency: 'KRW',
    deadlineInDays: 28,
    collaborationTypes: ['EQUIPMENT_ACCESS', 'SERVICE'],
    visibility: 'CLUSTER',
    createdDaysAgo: 9,
    publishedDaysAgo: 8,
  },
  {
    key: 'palgong-diecast-porosity',
    organization: 'palgong-mobility',
    createdBy: 'ceo.palgong@spillover.demo',
    status: 'CLOSED',
    closeReason: 'SOLVED',
    title: '구동모터 하우징 고압 다이캐스팅 기공 불량 저감',
    publicSummary:
      '전기차 구동모터 알루미늄 하우징의 냉각수 통로 주변에서 기공이 생겨 기밀시험 불량률이 4%에 이릅니다. 진공 다이캐스팅 조건과 금형 온도 관리를 함께 개선할 파트너를 찾습니다.',
    confidentialDetails: '불량 위치별 CT 단면 사진 40건과 주조 조건 로그를 제공합니다.',
    desiredOutcome: '기밀시험 불량률 1% 이하, 후공정 함침 공정 제거.',
    technologyAreas: ['EB13', 'EA15', 'EA17'],
    sectors: ['29', '24'],
    currentTrl: 5,
    targetTrl: 7,
    budgetMin: 50_000_000,
    budgetMax: 90_000_000,
    currency: 'KRW',
    deadlineInDays: -10,
    collaborationTypes: ['TECHNICAL_COOPERATION'],
    visibility: 'PUBLIC',
    createdDaysAgo: 125,
    publishedDaysAgo: 120,
    closedDaysAgo: 25,
  },
  {
    key: 'hanbit-hot-stamping-trim',
    organization: 'hanbit-autotech',
    createdBy: 'ceo.hanbit@spillover.demo',
    status: 'OPEN',
    title: '핫스탬핑 부품 레이저 트리밍을 대체하는 하드 트리밍 금형 기술',
    publicSummary:
      '1,500MPa급 핫스탬핑 B필러와 사이드실 부품의 트리밍·피어싱을 3D 레이저로 하고 있어 설비 투자와 사이클타임이 부담입니다. 열처리된 초고강도 강판을 금형으로 직접 트리밍할 수 있는 공구강, 코팅, 금형 설계 기술을 찾습니다.',
    desiredOutcome:
      '금형 트리밍으로 레이저 공정보다 사이클타임을 60% 줄이고 금형 수명 5만 타 이상을 확보하는 것.',
    technologyAreas: ['EA15', 'EB10', 'EB11'],
    sectors: ['29', '24'],
    currentTrl: 4,
    targetTrl: 6,
    budgetMin: 60_000_000,
    budgetMax: 120_000_000,
    currency: 'KRW',
    deadlineInDays: 35,
    collaborationTypes: ['TECHNICAL_COOPERATION', 'LICENSE'],
    visibility: 'PUBLIC',
    createdDaysAgo: 16,
    publishedDaysAgo: 15,
  },
  {
    key: 'hanbit-hybrid-bumper',
    organization: 'hanbit-autotech',
    createdBy: 'ceo.hanbit@spillover.demo',
    status: 'OPEN',
    title: '알루미늄 압출재–CFRP 하이브리드 범퍼 빔 접합부 신뢰성 평가',
    publicSummary:
      '알루미늄 압출 범퍼 빔에 CFRP 패치를 접착해 무게를 20% 줄이는 구조를 개발했습니다. 접착 접합부의 충돌·피로·열사이클 신뢰성을 평가하고 수명 예측 모델을 함께 만들 연구기관을 찾습니다.',
    desiredOutcome:
      '접합부 신뢰성 평가 방법과 해석 모델을 확보해 고객사 승인 시험 계획에 반영하는 것.',
    technologyAreas: ['EB12', 'EB04', 'EB10'],
    sectors: ['29', '22'],
    currentTrl: 3,
    targetTrl: 5,
    budgetMin: 50_000_000,
    budgetMax: 100_000_000,
    currency: 'KRW',
    deadlineInDays: 49,
    collaborationTypes: ['RESEARCH_COOPERATION'],
    visibility: 'CLUSTER',
    createdDaysAgo: 6,
    publishedDaysAgo: 5,
  },
  {
    key: 'seongseo-smart-spindle-ai',
    organization: 'seongseo-smart-machine',
    createdBy: 'ceo.seongseosmart@spillover.demo',
    status: 'OPEN',
    title: 'CNC 공작기계 스핀들 베어링 예지보전을 위한 AI 이상탐지 모델',
    publicSummary:
      '자사 CNC 공작기계에 진동·온도·전류 센서를 달아 데이터를 모으고 있지만 고장 사례가 적어 지도학습 모델을 만들기 어렵습니다. 적은 고장 데이터로도 스핀들 베어링 열화를 조기에 감지하는 비지도 학습·물리 기반 모델을 함께 개발할 파트너를 찾습니다.',
    confidentialDetails:
      '고객 공장 14곳, 장비 62대의 18개월치 데이터(샘플링 10kHz)와 베어링 교체 이력 23건을 제공합니다.',
    desiredOutcome:
      '고장 2주 전 경보 정확도 85% 이상, 장비 내장 엣지 컨트롤러에서 동작하는 모델과 기술이전.',
    technologyAreas: ['EA08', 'EE10', 'ED10'],
    sectors: ['28', '62'],
    currentTrl: 4,
    targetTrl: 7,
    budgetMin: 50_000_000,
    budgetMax: 100_000_000,
    currency: 'KRW',
    deadlineInDays: 28,
    collaborationTypes: ['RESEARCH_COOPERATION', 'LICENSE'],
    visibility: 'PUBLIC',
    createdDaysAgo: 25,
    publishedDaysAgo: 24,
  },
  {
    key: 'dalgubeol-gait-clinical',
    organization: 'dalgubeol-meditech',
    createdBy: 'ceo.dalgubeol@spillover.demo',
    status: 'OPEN',
    title: '보행 재활용 웨어러블 로봇의 확증 임상시험 설계와 2등급 의료기기 인허가',
    publicSummary:
      '뇌졸중 환자의 보행 재활을 돕는 무릎 보조 웨어러블 로봇의 탐색 임상을 마쳤습니다. 식약처 2등급 허가를 위한 확증 임상시험 설계, 임상 기관 연계, 전기·기계적 안전성(IEC 60601-1) 시험을 함께 진행할 기관을 초청합니다.',
    confidentialDetails:
      '탐색 임상 결과(대상자 24명, 10m 보행속도 평균 0.12m/s 개선), 제품 사양서, 위험관리 파일(ISO 14971) 초안을 공유합니다. 내년 상반기 허가 신청을 목표로 합니다.',
    desiredOutcome: '확증 임상 프로토콜 확정과 IRB 승인, 허가용 시험 성적서 확보.',
    technologyAreas: ['LC06', 'LC13', 'EA04'],
    sectors: ['32', '86'],
    currentTrl: 5,
    targetTrl: 7,
    budgetMin: 100_000_000,
    budgetMax: 250_000_000,
    currency: 'KRW',
    deadlineInDays: 63,
    collaborationTypes: ['RESEARCH_COOPERATION', 'SERVICE'],
    visibility: 'PRIVATE',
    invited: ['knu', 'dgist', 'daegu-technopark'],
    nda: { text: ndaKo('달구벌메디텍(주)', 5), version: 'v1' },
    createdDaysAgo: 14,
    publishedDaysAgo: 13,
  },
  {
    key: 'dalgubeol-emg-sensor',
    organization: 'dalgubeol-meditech',
    createdBy: 'ceo.dalgubeol@spillover.demo',
    status: 'DRAFT',
    title: '근전도(EMG) 센서 모듈 소형화와 건식 전극 적용',
    publicSummary:
      '웨어러블 로봇에 쓰는 근전도 센서 모듈을 절반 크기로 줄이고, 젤 없이 쓸 수 있는 건식 전극을 적용하려 합니다.',
    desiredOutcome: '',
    technologyAreas: ['ED10', 'LC06'],
    sectors: ['32'],
    currentTrl: 3,
    targetTrl: 5,
    budgetMin: null,
    budgetMax: null,
    currency: null,
    deadlineInDays: 60,
    collaborationTypes: ['RESEARCH_COOPERATION'],
    visibility: 'PUBLIC',
    createdDaysAgo: 2,
    publishedDaysAgo: null,
  },
  {
    key: 'textile-recycled-pet-seat',
    organization: 'daegu-textile-lab',
    createdBy: 'ceo.textilelab@spillover.demo',
    status: 'OPEN',
    title: '자동차 시트용 재생 PET 원단의 난연·내마모 성능 개선',
    publicSummary:
      '완성차의 재생소재 사용 확대 요구에 맞춰 재생 PET 원사로 시트 원단을 개발하고 있습니다. 자동차 내장재 난연 기준(FMVSS 302)과 마틴데일 마모 5만 회를 함께 만족하는 친환경 난연 가공과 원사 개질 기술을 찾습니다.',
    desiredOutcome:
      '할로겐 프리 난연 가공으로 FMVSS 302를 통과하고 내마모 5만 회 이상을 달성하되, 원가 상승은 10% 이내로 하는 것.',
    technologyAreas: ['EC07', 'EB03', 'EC09'],
    sectors: ['13', '29'],
    currentTrl: 4,
    targetTrl: 6,
    budgetMin: 30_000_000,
    budgetMax: 60_000_000,
    currency: 'KRW',
    deadlineInDays: 21,
    collaborationTypes: ['RESEARCH_COOPERATION', 'TECHNICAL_COOPERATION'],
    visibility: 'PUBLIC',
    createdDaysAgo: 8,
    publishedDaysAgo: 7,
  },
  {
    key: 'knu-microfluidic-moulding',
    organization: 'knu',
    createdBy: 'researcher.knu@spillover.demo',
    status: 'OPEN',
    title: '체외진단용 미세유체 칩 양산을 위한 정밀 사출성형 파트너',
    publicSummary:
      '연구실에서 개발한 현장진단(POCT)용 미세유체 칩을 사업화하려 합니다. 폭 50㎛의 미세 채널을 가진 COC 소재 칩을 양산 수준으로 사출하고 접합할 수 있는 금형·사출 기업을 찾습니다.',
    desiredOutcome: '시작 금형 제작과 시험 사출 1,000개, 채널 치수 편차 ±5㎛ 이내.',
    technologyAreas: ['LC07', 'EC08', 'EA15'],
    sectors: ['32', '22'],
    currentTrl: 4,
    targetTrl: 6,
    budgetMin: 30_000_000,
    budgetMax: 50_000_000,
    currency: 'KRW',
    deadlineInDays: 28,
    collaborationTypes: ['TECHNICAL_COOPERATION', 'SERVICE'],
    visibility: 'PUBLIC',
    createdDaysAgo: 7,
    publishedDaysAgo: 6,
  },

  // ---- Gumi: displays, electronics, smart factory, batteries ----
  {
    key: 'gumi-display-tfe',
    internationalPartnersWelcome: true,
    organization: 'gumi-displaytech',
    createdBy: 'rnd.gumidisplay@spillover.demo',
    status: 'OPEN',
    title: '폴더블 OLED 박막봉지(TFE)의 투습률 10⁻⁶ g/m²·day급 유무기 적층 기술',
    publicSummary:
      '폴더블 OLED의 접힘 반경이 1.5mm 이하로 줄면서 무기막 크랙으로 인한 투습이 수명 저하의 주원인이 되었습니다. 20만 회 이상 접어도 투습률 10⁻⁶ g/m²·day 수준을 유지하는 유무기 적층 봉지 구조와 저온 증착 공정을 함께 개발할 파트너를 찾습니다.',
    confidentialDetails:
      '현행 3층 TFE 구조(SiNx/유기/SiNx)의 층별 두께와 공정 온도, 폴딩 시험 후 크랙 SEM 이미지, 고객사 신뢰성 규격(85℃/85%RH 1,000시간)을 제공합니다.',
    desiredOutcome:
      '폴딩 20만 회 후 WVTR 5×10⁻⁶ g/m²·day 이하를 만족하는 봉지 구조를 검증하고 양산 장비 적용성을 평가하는 것.',
    technologyAreas: ['ED07', 'EB05', 'EB08'],
    sectors: ['26', '20'],
    currentTrl: 4,
    targetTrl: 6,
    budgetMin: 150_000_000,
    budgetMax: 300_000_000,
    currency: 'KRW',
    deadlineInDays: 70,
    collaborationTypes: ['RESEARCH_COOPERATION', 'LICENSE'],
    visibility: 'PUBLIC',
    nda: { text: ndaKo('구미디스플레이텍(주)', 3), version: 'v1' },
    createdDaysAgo: 35,
    publishedDaysAgo: 33,
  },
  {
    key: 'gumi-display-mask-ai',
    organization: 'gumi-displaytech',
    createdBy: 'engineer.gumidisplay@spillover.demo',
    status: 'OPEN',
    title: 'OLED 증착용 파인메탈마스크(FMM) 결함 AI 비전 검사',
    publicSummary:
      '증착 공정에 쓰는 파인메탈마스크의 미세 변형과 이물을 작업자가 현미경으로 검사하고 있어 시간이 오래 걸리고 판정 편차가 큽니다. 고해상도 비전 검사와 딥러닝 판정을 결합한 자동 검사 시스템을 함께 개발할 기업을 찾습니다.',
    desiredOutcome: '마스크 1장 검사 시간 30분 이내, 결함 검출률 99% 이상, 과검출률 3% 이하.',
    technologyAreas: ['ED07', 'EE13', 'EE10'],
    sectors: ['26'],
    currentTrl: 5,
    targetTrl: 7,
    budgetMin: 70_000_000,
    budgetMax: 120_000_000,
    currency: 'KRW',
    deadlineInDays: 45,
    collaborationTypes: ['TECHNICAL_COOPERATION', 'JOINT_VENTURE'],
    visibility: 'CLUSTER',
    createdDaysAgo: 11,
    publishedDaysAgo: 10,
  },
  {
    key: 'gumi-display-qd-inkjet',
    organization: 'gumi-displaytech',
    createdBy: 'engineer.gumidisplay@spillover.demo',
    status: 'DRAFT',
    title: '잉크젯 프린팅 양자점(QD) 색변환층 두께 균일도 개선',
    publicSummary:
      '양자점 색변환층의 화소 간 두께 편차를 줄일 잉크 조성과 건조 조건을 찾고 있습니다.',
    desiredOutcome: '',
    technologyAreas: ['ED07', 'EB08'],
    sectors: [],
    currentTrl: null,
    targetTrl: null,
    budgetMin: null,
    budgetMax: null,
    currency: null,
    deadlineInDays: null,
    collaborationTypes: [],
    visibility: 'CLUSTER',
    createdDaysAgo: 1,
    publishedDaysAgo: null,
  },
  {
    key: 'gb-electronics-bms-soh',
    organization: 'gyeongbuk-electronics',
    createdBy: 'ceo.gbelectronics@spillover.demo',
    status: 'OPEN',
    title: '전기차 배터리 관리 시스템(BMS)의 SOH 추정 알고리즘 고도화',
    publicSummary:
      '당사 BMS 모듈의 배터리 건강상태(SOH) 추정 오차가 운행 2년 차 이후 5%를 넘습니다. 전기화학 모델과 데이터 기반 모델을 결합해 셀 노화를 정확히 추정하고, 제한된 MCU 자원에서 동작하는 알고리즘을 개발할 파트너를 찾습니다.',
    confidentialDetails:
      '차량 3,000대분의 익명화된 운행 데이터와 셀 제조사의 노화 시험 데이터를 제공할 수 있습니다.',
    desiredOutcome:
      '전 수명 구간 SOH 추정 오차 2% 이내, 32비트 MCU에 탑재할 수 있는 코드와 검증 보고서.',
    technologyAreas: ['EF06', 'ED11', 'EE10'],
    sectors: ['27', '26'],
    currentTrl: 5,
    targetTrl: 7,
    budgetMin: 120_000_000,
    budgetMax: 200_000_000,
    currency: 'KRW',
    deadlineInDays: 56,
    collaborationTypes: ['RESEARCH_COOPERATION', 'LICENSE'],
    visibility: 'PUBLIC',
    createdDaysAgo: 22,
    publishedDaysAgo: 21,
  },
  {
    key: 'gb-electronics-cobot',
    organization: 'gyeongbuk-electronics',
    createdBy: 'ceo.gbelectronics@spillover.demo',
    status: 'CLOSED',
    closeReason: 'WITHDRAWN',
    title: 'PCB 조립 라인 수작업 공정의 협동로봇 자동화',
    publicSummary:
      '가전용 PCB 조립 라인의 커넥터 삽입과 나사 체결 공정을 협동로봇으로 자동화하려 합니다. 비전 기반 부품 인식과 그리퍼 설계 경험이 있는 기업을 찾습니다.',
    desiredOutcome: '공정당 작업자 2명을 줄이면서 사이클타임을 유지하는 것.',
    technologyAreas: ['EA04', 'EA14', 'EE13'],
    sectors: ['26'],
    currentTrl: 6,
    targetTrl: 8,
    budgetMin: 40_000_000,
    budgetMax: 70_000_000,
    currency: 'KRW',
    deadlineInDays: 10,
    collaborationTypes: ['TECHNICAL_COOPERATION', 'SERVICE'],
    visibility: 'PUBLIC',
    createdDaysAgo: 65,
    publishedDaysAgo: 60,
    closedDaysAgo: 14,
  },
  {
    key: 'geumo-smt-digital-twin',
    organization: 'geumo-smart-factory',
    createdBy: 'ceo.geumo@spillover.demo',
    status: 'OPEN',
    title: 'SMT 라인 디지털트윈을 위한 설비 데이터 표준 모델(OPC UA) 공동개발',
    publicSummary:
      '구미산단 전자부품 기업의 SMT 라인은 마운터, 리플로, AOI 설비의 제조사가 달라 데이터 형식이 제각각입니다. OPC UA 정보모델로 설비 데이터를 표준화하고 디지털트윈에서 실시간으로 동기화하는 방법을 클러스터 회원사와 함께 개발하려 합니다.',
    desiredOutcome:
      '3개 제조사 설비의 OPC UA 정보모델을 만들어 실증 라인 2곳에 적용하고, 클러스터 공동 표준안을 공개하는 것.',
    technologyAreas: ['EE15', 'EE18', 'EA14'],
    sectors: ['62', '26'],
    currentTrl: 4,
    targetTrl: 7,
    budgetMin: 80_000_000,
    budgetMax: 150_000_000,
    currency: 'KRW',
    deadlineInDays: 42,
    collaborationTypes: ['RESEARCH_COOPERATION', 'TECHNICAL_COOPERATION'],
    visibility: 'CLUSTER',
    createdDaysAgo: 18,
    publishedDaysAgo: 17,
  },
  {
    key: 'nakdong-sensor-poc',
    organization: 'nakdong-sensor',
    createdBy: 'ceo.nakdong@spillover.demo',
    status: 'OPEN',
    title: '무선 진동 센서 모듈의 자동차 부품 공장 실증(PoC) 파트너',
    publicSummary:
      '배터리로 5년 동안 동작하는 무선 진동·온도 센서 모듈을 개발했습니다. 프레스, 컴프레서, 컨베이어 모터에 부착해 3개월 동안 실증할 자동차 부품 공장과 결과를 함께 분석할 연구기관을 찾습니다.',
    desiredOutcome:
      '설비 30대 이상에서 실증해 실제 고장 전조 검출 사례를 확보하고 공동 사례 발표를 하는 것.',
    technologyAreas: ['ED10', 'EE11', 'EA14'],
    sectors: ['26', '29'],
    currentTrl: 6,
    targetTrl: 8,
    budgetMin: null,
    budgetMax: null,
    currency: null,
    deadlineInDays: 18,
    collaborationTypes: ['TECHNICAL_COOPERATION', 'JOINT_VENTURE'],
    visibility: 'PUBLIC',
    createdDaysAgo: 5,
    publishedDaysAgo: 4,
  },
  {
    key: 'gumi-battery-black-mass',
    internationalPartnersWelcome: true,
    organization: 'gumi-battery-materials',
    createdBy: 'ceo.gumibattery@spillover.demo',
    status: 'OPEN',
    title: '폐배터리 블랙매스 습식 제련의 리튬 회수율 90% 이상 공정 개발',
    publicSummary:
      '폐배터리 블랙매스에서 니켈, 코발트, 망간은 95% 이상 회수하고 있지만 리튬 회수율은 70% 수준입니다. 리튬 선택 선추출이나 용매추출 공정 개선으로 리튬 회수율을 높일 수 있는 연구기관을 초청합니다.',
    confidentialDetails:
      '원료 블랙매스 성분 분석 결과(NCM811/622 혼합), 현행 침출·용매추출 공정 흐름도와 물질수지, 배출수 분석 자료를 제공합니다.',
    desiredOutcome: '배치 100kg 파일럿 규모에서 리튬 회수율 90% 이상, 탄산리튬 순도 99.5% 이상.',
    technologyAreas: ['EF12', 'EF06', 'EC03'],
    sectors: ['20', '38'],
    currentTrl: 4,
    targetTrl: 6,
    budgetMin: 200_000_000,
    budgetMax: 350_000_000,
    currency: 'KRW',
    deadlineInDays: 49,
    collaborationTypes: ['RESEARCH_COOPERATION', 'LICENSE'],
    visibility: 'PRIVATE',
    invited: ['keri', 'kumoh', 'dgist'],
    nda: { text: ndaKo('(주)구미배터리소재', 5), version: 'v1' },
    createdDaysAgo: 27,
    publishedDaysAgo: 26,
  },

  // ---- Changwon: machinery, hydraulics, hydrogen ----
  {
    key: 'changwon-eha-powerpack',
    organization: 'changwon-hydraulics',
    createdBy: 'ceo.changwonhyd@spillover.demo',
    status: 'OPEN',
    title: '전기 굴착기용 전동 유압 파워팩 모터·인버터 공동개발',
    publicSummary:
      '5톤급 미니 굴착기를 전동화하기 위해 엔진 대신 전동기와 가변속 펌프로 구성한 유압 파워팩을 개발하고 있습니다. 건설기계 부하 특성에 맞는 고효율 영구자석 전동기와 인버터, 회생 제어 기술을 가진 파트너를 찾습니다.',
    desiredOutcome:
      '파워팩 시스템 효율을 10%p 높이고, 시제품 굴착기로 실차 시험 500시간을 수행하는 것.',
    technologyAreas: ['EA05', 'ED02', 'EA07'],
    sectors: ['28', '27'],
    currentTrl: 4,
    targetTrl: 7,
    budgetMin: 150_000_000,
    budgetMax: 300_000_000,
    currency: 'KRW',
    deadlineInDays: 63,
    collaborationTypes: ['RESEARCH_COOPERATION', 'TECHNICAL_COOPERATION'],
    visibility: 'PUBLIC',
    createdDaysAgo: 24,
    publishedDaysAgo: 23,
  },
  {
    key: 'masan-compressor-seal',
    internationalPartnersWelcome: true,
    organization: 'masan-hydrogen',
    createdBy: 'ceo.masanh2@spillover.demo',
    status: 'OPEN',
    title: '수소충전소용 90MPa 압축기 피스톤 실링의 수명 개선',
    publicSummary:
      '수소충전소 고압 압축기의 피스톤 실링이 2,000시간 전후로 마모되어 충전소 정지와 유지보수 비용이 늘고 있습니다. 고압 수소 환경에서 마모와 수소 투과를 줄이는 실링 소재와 표면처리 기술을 함께 개발할 클러스터 회원 기관을 찾습니다.',
    confidentialDetails:
      '실링 소재(충전 PTFE) 사양, 운전 조건(흡입 20MPa, 토출 90MPa, 토출 온도 150℃), 마모 파손품 분석 결과를 제공합니다.',
    desiredOutcome: '국산 소재로 실링 수명 6,000시간 이상을 달성하는 것.',
    technologyAreas: ['EF05', 'EA06', 'EB03'],
    sectors: ['28', '35'],
    currentTrl: 5,
    targetTrl: 7,
    budgetMin: 100_000_000,
    budgetMax: 200_000_000,
    currency: 'KRW',
    deadlineInDays: 35,
    collaborationTypes: ['RESEARCH_COOPERATION', 'TECHNICAL_COOPERATION'],
    visibility: 'CLUSTER',
    nda: { text: ndaKo('(주)마산수소에너지', 3), version: 'v1' },
    createdDaysAgo: 19,
    publishedDaysAgo: 18,
  },
  {
    key: 'masan-valve-certification',
    organization: 'masan-hydrogen',
    createdBy: 'ceo.masanh2@spillover.demo',
    status: 'OPEN',
    title: '수소충전소용 고압 밸브의 ISO 19880-3 해외 인증 시험 지원',
    publicSummary:
      '국산화한 고압 수소 밸브(차단·체크·니들)를 유럽 충전소 프로젝트에 공급하려면 ISO 19880-3에 따른 시험과 인증이 필요합니다. 고압 수소 사이클 시험 설비와 유럽 인증 경험을 가진 기관과 협력하고자 합니다. 해외 기관의 제안도 환영합니다.',
    desiredOutcome:
      '밸브 3종의 ISO 19880-3 시험을 마치고 인증서를 받아 유럽 충전소 구축사의 공급 자격을 얻는 것.',
    technologyAreas: ['EF05', 'EF09', 'EB14'],
    sectors: ['28', '71'],
    currentTrl: 7,
    targetTrl: 8,
    budgetMin: 80_000_000,
    budgetMax: 150_000_000,
    currency: 'KRW',
    deadlineInDays: 42,
    collaborationTypes: ['SERVICE', 'TECHNICAL_COOPERATION'],
    visibility: 'PUBLIC',
    createdDaysAgo: 10,
    publishedDaysAgo: 9,
  },
  {
    key: 'jinhae-die-life',
    organization: 'jinhae-precision-mold',
    createdBy: 'ceo.jinhaemold@spillover.demo',
    status: 'CLOSED',
    closeReason: 'EXPIRED',
    title: '다이캐스팅 금형의 열피로 균열 수명 예측',
    publicSummary:
      '알루미늄 다이캐스팅 금형이 열피로 균열로 예상보다 일찍 교체되고 있습니다. 금형 온도 이력으로 균열 발생 시점을 예측하는 해석 방법을 찾습니다.',
    desiredOutcome: '금형별 잔여 수명을 예측하고 보수 시점을 권고받는 것.',
    technologyAreas: ['EA15', 'EB13'],
    sectors: ['25'],
    currentTrl: 3,
    targetTrl: 5,
    budgetMin: 20_000_000,
    budgetMax: 40_000_000,
    currency: 'KRW',
    deadlineInDays: -4,
    collaborationTypes: ['RESEARCH_COOPERATION'],
    visibility: 'PUBLIC',
    createdDaysAgo: 50,
    publishedDaysAgo: 48,
  },
  {
    key: 'jinhae-conformal-cooling',
    organization: 'jinhae-precision-mold',
    createdBy: 'ceo.jinhaemold@spillover.demo',
    status: 'DRAFT',
    title: '금속 3D 프린팅 컨포멀 냉각 금형 인서트 적용',
    publicSummary: '',
    desiredOutcome: '',
    technologyAreas: ['EA15', 'EA02'],
    sectors: ['25'],
    currentTrl: null,
    targetTrl: null,
    budgetMin: null,
    budgetMax: null,
    currency: null,
    deadlineInDays: null,
    collaborationTypes: [],
    visibility: 'PUBLIC',
    createdDaysAgo: 2,
    publishedDaysAgo: null,
  },

  // ---- Baden-Württemberg ----
  {
    key: 'schwaben-al-cfrp-joining',
    organization: 'schwaben-leichtbau',
    createdBy: 'ceo.schwaben@spillover.demo',
    status: 'OPEN',
    title: 'Aluminium-to-CFRP joining for battery-housing cross-members',
    publicSummary:
      'We are developing a battery-housing cross-member that combines an extruded aluminium profile with a CFRP reinforcement to save 35% weight. We are looking for partners with proven joining processes (structural bonding, flow-drill screws, self-piercing rivets) that withstand corrosion and thermal cycling, ideally with experience supplying Korean or German carmakers.',
    confidentialDetails:
      'Target vehicle platform (start of production in three years), load cases and crash requirements, our current bonding process window, and the analysis of specimens that failed after 1,000 h of salt-spray testing. Drawings of three cross-member variants.',
    desiredOutcome:
      'A validated joining concept with its process window, corrosion protection and simulation model, tested on 50 prototype cross-members.',
    technologyAreas: ['EB12', 'EB04', 'EB10'],
    sectors: ['29', '22'],
    currentTrl: 4,
    targetTrl: 6,
    budgetMin: eur(150_000),
    budgetMax: eur(300_000),
    currency: 'EUR',
    deadlineInDays: 56,
    collaborationTypes: ['RESEARCH_COOPERATION', 'TECHNICAL_COOPERATION'],
    visibility: 'PUBLIC',
    nda: {
      text: ndaEn('Schwaben Leichtbau GmbH', 5, 'the Federal Republic of Germany'),
      version: 'v1',
    },
    createdDaysAgo: 40,
    publishedDaysAgo: 38,
  },
  {
    key: 'schwaben-recycled-carbon',
    organization: 'schwaben-leichtbau',
    createdBy: 'engineer.schwaben@spillover.demo',
    status: 'OPEN',
    title: 'Recycled carbon-fibre nonwovens for semi-structural interior parts',
    publicSummary:
      'We want to replace virgin carbon fibre in seat-back and load-floor panels with nonwovens made from recycled carbon fibre. We seek partners in the cluster for fibre preparation, nonwoven production and compression-moulding trials.',
    desiredOutcome:
      'A part that meets the stiffness requirements with at least 50% recycled fibre and a lower CO2 footprint documented by a life-cycle assessment.',
    technologyAreas: ['EB04', 'EC07', 'EF12'],
    sectors: ['22', '13'],
    currentTrl: 3,
    targetTrl: 5,
    budgetMin: eur(80_000),
    budgetMax: eur(150_000),
    currency: 'EUR',
    deadlineInDays: 42,
    collaborationTypes: ['RESEARCH_COOPERATION'],
    visibility: 'CLUSTER',
    createdDaysAgo: 15,
    publishedDaysAgo: 14,
  },
  {
    key: 'neckar-hairpin-stator',
    organization: 'neckar-antriebstechnik',
    createdBy: 'ceo.neckar@spillover.demo',
    status: 'OPEN',
    title: 'Hairpin stator winding for low-volume e-drive production',
    publicSummary:
      'Our e-drives for light commercial vehicles are built in volumes of 5,000 to 20,000 units a year, too few for the fully automated hairpin lines of large suppliers. We are looking for a flexible hairpin forming, insertion and laser-welding process, or for a partner who could make the stators for us.',
    desiredOutcome:
      'A flexible hairpin process, or a supply agreement for 10,000 stators a year, with a slot fill factor above 65%.',
    technologyAreas: ['ED02', 'EA14', 'EA18'],
    sectors: ['27', '29'],
    currentTrl: 5,
    targetTrl: 7,
    budgetMin: eur(200_000),
    budgetMax: eur(400_000),
    currency: 'EUR',
    deadlineInDays: 49,
    collaborationTypes: ['TECHNICAL_COOPERATION', 'JOINT_VENTURE'],
    visibility: 'PUBLIC',
    createdDaysAgo: 21,
    publishedDaysAgo: 20,
  },
  {
    key: 'stuttgart-pt-fc-air-path',
    internationalPartnersWelcome: true,
    organization: 'stuttgart-powertrain',
    createdBy: 'innovation.stuttgartpt@spillover.demo',
    status: 'OPEN',
    title: 'Humidifier and air-path components for 300 kW fuel-cell truck systems',
    publicSummary:
      'For our next-generation 300 kW fuel-cell system for heavy trucks we are selecting partners for the membrane humidifier, the air-intake filtration of the electric compressor and the hydrogen recirculation path. Invited organizations may propose joint research, co-development or supply.',
    confidentialDetails:
      'System layout and operating map (air mass flow up to 350 g/s at 2.5 bar), durability target of 30,000 h, target cost per component at 10,000 systems a year, and the test protocol of the B-sample phase.',
    desiredOutcome:
      'B-samples of each component within 24 months, validated on our system test bench, with an industrialisation plan for production in Europe and Korea.',
    technologyAreas: ['EF05', 'EA18', 'EA06'],
    sectors: ['29', '28'],
    currentTrl: 4,
    targetTrl: 7,
    budgetMin: eur(500_000),
    budgetMax: eur(1_200_000),
    currency: 'EUR',
    deadlineInDays: 70,
    collaborationTypes: ['RESEARCH_COOPERATION', 'TECHNICAL_COOPERATION', 'JOINT_VENTURE'],
    visibility: 'PRIVATE',
    invited: ['masan-hydrogen', 'rhin-hydrogen-mobility', 'fraunhofer-ipa', 'vtt'],
    nda: {
      text: ndaEn('Stuttgart Powertrain Systems AG', 5, 'the Federal Republic of Germany'),
      version: 'v3',
    },
    createdDaysAgo: 45,
    publishedDaysAgo: 31,
  },
  {
    key: 'stuttgart-pt-bipolar-coating',
    organization: 'stuttgart-powertrain',
    createdBy: 'innovation.stuttgartpt@spillover.demo',
    status: 'CLOSED',
    closeReason: 'SOLVED',
    title: 'Independent durability testing of coated metallic bipolar plates',
    publicSummary:
      'We need an independent laboratory to run accelerated stress tests on carbon-coated stainless-steel bipolar plates from three suppliers: interfacial contact resistance and corrosion current after potential cycling.',
    desiredOutcome:
      'Comparable test reports for the three coatings, following the US DOE accelerated stress test protocol.',
    technologyAreas: ['EF05', 'EB11', 'EB14'],
    sectors: ['29', '72'],
    currentTrl: 5,
    targetTrl: 6,
    budgetMin: eur(40_000),
    budgetMax: eur(80_000),
    currency: 'EUR',
    deadlineInDays: -20,
    collaborationTypes: ['SERVICE'],
    visibility: 'PUBLIC',
    createdDaysAgo: 155,
    publishedDaysAgo: 150,
    closedDaysAgo: 30,
  },

  // ---- Brainport Eindhoven ----
  {
    key: 'kempen-oled-defect-data',
    organization: 'kempen-vision',
    createdBy: 'ceo.kempen@spillover.demo',
    status: 'OPEN',
    title: 'Display maker to co-develop AI inspection for OLED panel defects',
    publicSummary:
      'Our AI inspection software finds mura and particle defects on LCD lines. To extend it to OLED and micro-LED panels we need a display maker or equipment supplier willing to share labelled defect images and host a pilot on its line, in exchange for a licence on preferential terms.',
    desiredOutcome:
      'A labelled set of at least 50,000 OLED defect images and a three-month pilot reaching 98% detection at a false-call rate below 2%.',
    technologyAreas: ['EE13', 'EE10', 'ED07'],
    sectors: ['26', '62'],
    currentTrl: 5,
    targetTrl: 7,
    budgetMin: eur(50_000),
    budgetMax: eur(120_000),
    currency: 'EUR',
    deadlineInDays: 35,
    collaborationTypes: ['TECHNICAL_COOPERATION', 'JOINT_VENTURE', 'LICENSE'],
    visibility: 'PUBLIC',
    createdDaysAgo: 13,
    publishedDaysAgo: 12,
  },
  {
    key: 'brabant-inkjet-stage-vibration',
    organization: 'brabant-mechatronics',
    createdBy: 'ceo.brabantmech@spillover.demo',
    status: 'OPEN',
    title: 'Vibration isolation for long-stroke stages in OLED inkjet printers',
    publicSummary:
      'Long-stroke gantry stages for inkjet printing of OLED layers on large glass substrates must place drops within ±5 µm while moving at 1 m/s. We are looking for Brainport partners in active vibration isolation and model-based feedforward control.',
    desiredOutcome:
      'A demonstrator stage with a placement error below ±5 µm (3σ) at full speed, and a control design we can transfer to production.',
    technologyAreas: ['EA03', 'EA20', 'ED12'],
    sectors: ['28'],
    currentTrl: 4,
    targetTrl: 6,
    budgetMin: eur(100_000),
    budgetMax: eur(250_000),
    currency: 'EUR',
    deadlineInDays: 28,
    collaborationTypes: ['RESEARCH_COOPERATION', 'TECHNICAL_COOPERATION'],
    visibility: 'CLUSTER',
    createdDaysAgo: 9,
    publishedDaysAgo: 8,
  },

  // ---- Grand Est ----
  {
    key: 'alsace-fr-battery-enclosure',
    organization: 'alsace-composites',
    createdBy: 'ceo.alsacecomp@spillover.demo',
    status: 'OPEN',
    title: 'Halogen-free flame-retardant thermoplastic composite for EV battery enclosures',
    publicSummary:
      'We mould battery-enclosure lids in glass-fibre reinforced polypropylene. Customers now ask for UL 94 V-0 at 1.5 mm and resistance to a 1,000 °C flame for ten minutes (thermal runaway), without halogenated flame retardants. We are looking for material and additive partners and a laboratory for fire testing.',
    confidentialDetails:
      'The customer specification, our current compound formulation and the results of the first 1,000 °C flame tests.',
    desiredOutcome:
      'A compound and lid design that pass UL 94 V-0 and the thermal-runaway flame test, at a cost increase below 15%.',
    technologyAreas: ['EB04', 'EC08', 'EF06'],
    sectors: ['22', '29'],
    currentTrl: 4,
    targetTrl: 7,
    budgetMin: eur(120_000),
    budgetMax: eur(250_000),
    currency: 'EUR',
    deadlineInDays: 56,
    collaborationTypes: ['RESEARCH_COOPERATION', 'TECHNICAL_COOPERATION'],
    visibility: 'PUBLIC',
    nda: { text: ndaEn('Alsace Composites SAS', 3, 'France'), version: 'v1' },
    createdDaysAgo: 17,
    publishedDaysAgo: 16,
  },
  {
    key: 'rhin-h2-tank-valves',
    internationalPartnersWelcome: true,
    organization: 'rhin-hydrogen-mobility',
    createdBy: 'ceo.rhinh2@spillover.demo',
    status: 'OPEN',
    title: 'Supplier of 350-bar on-tank valves and pressure regulators for fuel-cell buses',
    publicSummary:
      'We integrate fuel-cell systems into 12-metre city buses and need a second source for on-tank valves and first-stage pressure regulators for 350-bar Type IV tanks, approved under UN ECE R134. Korean suppliers with hydrogen refuelling-station experience are welcome.',
    desiredOutcome:
      'Qualified samples within 12 months and a supply agreement for 400 bus sets a year.',
    technologyAreas: ['EF05', 'EA18', 'EA05'],
    sectors: ['29', '28'],
    currentTrl: 6,
    targetTrl: 8,
    budgetMin: eur(300_000),
    budgetMax: eur(600_000),
    currency: 'EUR',
    deadlineInDays: 42,
    collaborationTypes: ['TECHNICAL_COOPERATION', 'JOINT_VENTURE'],
    visibility: 'PUBLIC',
    createdDaysAgo: 23,
    publishedDaysAgo: 22,
  },

  // ---- Finland ----
  {
    key: 'pohjola-refuelling-pilot',
    organization: 'pohjola-hydrogen',
    createdBy: 'ceo.pohjola@spillover.demo',
    status: 'DRAFT',
    title: 'Korean compressor partner for an electrolyser-to-refuelling pilot',
    publicSummary:
      'We plan a pilot that couples our containerised PEM electrolyser with a small refuelling station, and look for a Korean maker of compressors and high-pressure valves.',
    desiredOutcome: '',
    technologyAreas: ['EF05', 'EA06'],
    sectors: ['28', '35'],
    currentTrl: 6,
    targetTrl: 8,
    budgetMin: eur(200_000),
    budgetMax: eur(400_000),
    currency: 'EUR',
    deadlineInDays: null,
    collaborationTypes: ['JOINT_VENTURE', 'TECHNICAL_COOPERATION'],
    visibility: 'PUBLIC',
    createdDaysAgo: 1,
    publishedDaysAgo: null,
  },
] as const satisfies readonly DemoNeedInput[];

export type DemoNeedKey = (typeof NEEDS)[number]['key'];

export const DEMO_NEEDS: readonly DemoNeed[] = NEEDS.map((need: DemoNeedInput): DemoNeed => ({
  confidentialDetails: '',
  invited: [],
  nda: null,
  closeReason: null,
  closedDaysAgo: null,
  ...need,
}));

// ---------------------------------------------------------------------------------------
// NDA acceptances: an ORG_ADMIN of another organization accepted the need's current terms
// ---------------------------------------------------------------------------------------

export interface DemoNdaAcceptance {
  readonly need: DemoNeedKey;
  readonly organization: DemoOrganizationKey;
  /** E-mail of the ORG_ADMIN of `organization` who accepted. */
  readonly acceptedBy: string;
  /** The need's current NDA version: the one read and accepted. */
  readonly version: string;
  readonly acceptedDaysAgo: number;
}

export const DEMO_NDA_ACCEPTANCES: readonly DemoNdaAcceptance[] = [
  {
    need: 'seongseo-aluminium-knuckle',
    organization: 'knu',
    acceptedBy: 'tlo.knu@spillover.demo',
    version: 'v1',
    acceptedDaysAgo: 15,
  },
  {
    need: 'seongseo-aluminium-knuckle',
    organization: 'kitech-daegu',
    acceptedBy: 'partnering.kitech@spillover.demo',
    version: 'v1',
    acceptedDaysAgo: 12,
  },
  {
    need: 'palgong-sic-inverter-cooling',
    organization: 'keri',
    acceptedBy: 'partnering.keri@spillover.demo',
    version: '2.0',
    acceptedDaysAgo: 20,
  },
  {
    need: 'dalgubeol-gait-clinical',
    organization: 'dgist',
    acceptedBy: 'tlo.dgist@spillover.demo',
    version: 'v1',
    acceptedDaysAgo: 9,
  },
  {
    need: 'gumi-display-tfe',
    organization: 'tno',
    acceptedBy: 'partnering.tno@spillover.demo',
    version: 'v1',
    acceptedDaysAgo: 25,
  },
  {
    need: 'gumi-battery-black-mass',
    organization: 'keri',
    acceptedBy: 'partnering.keri@spillover.demo',
    version: 'v1',
    acceptedDaysAgo: 19,
  },
  {
    need: 'masan-compressor-seal',
    organization: 'changwon-national-university',
    acceptedBy: 'tlo.changwonuniv@spillover.demo',
    version: 'v1',
    acceptedDaysAgo: 11,
  },
  {
    need: 'schwaben-al-cfrp-joining',
    organization: 'hanbit-autotech',
    acceptedBy: 'ceo.hanbit@spillover.demo',
    version: 'v1',
    acceptedDaysAgo: 30,
  },
  {
    need: 'stuttgart-pt-fc-air-path',
    organization: 'fraunhofer-ipa',
    acceptedBy: 'partnering.ipa@spillover.demo',
    version: 'v3',
    acceptedDaysAgo: 28,
  },
  {
    need: 'stuttgart-pt-fc-air-path',
    organization: 'masan-hydrogen',
    acceptedBy: 'ceo.masanh2@spillover.demo',
    version: 'v3',
    acceptedDaysAgo: 21,
  },
];

// ---------------------------------------------------------------------------------------
// Capabilities
// ---------------------------------------------------------------------------------------

export interface DemoCapability {
  readonly key: string;
  readonly organization: DemoOrganizationKey;
  /** E-mail of the demo user who wrote it, a member of the organization. */
  readonly createdBy: string;
  readonly kind: CapabilityKind;
  readonly status: CapabilityStatus;
  readonly title: string;
  readonly description: string;
  readonly technologyAreas: readonly TechnologyCode[];
  readonly sectors: readonly NaceCodeValue[];
  readonly trl: number | null;
  /** E-mail of the contact person, a demo user of the organization; their name is shown with it. */
  readonly contact: string | null;
  readonly availability: string | null;
  readonly visibility: Visibility;
  /** PRIVATE only. */
  readonly invited: readonly DemoOrganizationKey[];
  /** EQUIPMENT and FACILITY. */
  readonly model: string | null;
  readonly location: string | null;
  readonly bookingTerms: string | null;
  /** IP. */
  readonly patentNumber: string | null;
  readonly licensingStatus: LicensingStatus | null;
  readonly createdDaysAgo: number;
  /** Null for drafts. */
  readonly publishedDaysAgo: number | null;
  /** ARCHIVED only. */
  readonly archivedDaysAgo: number | null;
}

type DemoCapabilityInput = Omit<
  DemoCapability,
  | 'invited'
  | 'model'
  | 'location'
  | 'bookingTerms'
  | 'patentNumber'
  | 'licensingStatus'
  | 'archivedDaysAgo'
  | 'trl'
  | 'availability'
> &
  Partial<
    Pick<
      DemoCapability,
      | 'invited'
      | 'model'
      | 'location'
      | 'bookingTerms'
      | 'patentNumber'
      | 'licensingStatus'
      | 'archivedDaysAgo'
      | 'trl'
      | 'availability'
    >
  >;

const capability = (input: DemoCapabilityInput): DemoCapability => ({
  trl: null,
  availability: null,
  invited: [],
  model: null,
  location: null,
  bookingTerms: null,
  patentNumber: null,
  licensingStatus: null,
  archivedDaysAgo: null,
  ...input,
});

export const DEMO_CAPABILITIES: readonly DemoCapability[] = [
  // ---- 경북대학교 산학협력단 ----
  capability({
    key: 'knu-lightweight-topology',
    organization: 'knu',
    createdBy: 'researcher.knu@spillover.demo',
    kind: 'EXPERTISE',
    status: 'PUBLISHED',
    title: '자동차 경량 부품 구조해석 및 위상최적화 설계',
    description:
      '차체·섀시 부품의 경량화 설계 역량입니다. 위상최적화와 유한요소 해석(강도·강성·피로·충돌)으로 알루미늄, 고장력강, 복합재 부품의 형상을 제안하고 시제품 시험 결과와 비교해 검증합니다. 자동차부품 기업과의 공동연구와 기술지도를 함께 수행합니다.',
    technologyAreas: ['EA17', 'EB10', 'EA01'],
    sectors: ['29'],
    trl: 4,
    contact: 'researcher.knu@spillover.demo',
    availability: '상시 상담 가능, 공동연구는 학기 단위로 착수',
    visibility: 'PUBLIC',
    createdDaysAgo: 210,
    publishedDaysAgo: 208,
  }),
  capability({
    key: 'knu-fe-sem',
    organization: 'knu',
    createdBy: 'researcher.knu@spillover.demo',
    kind: 'EQUIPMENT',
    status: 'PUBLISHED',
    title: '전계방출형 주사전자현미경(FE-SEM) 공동활용',
    description:
      '금속·세라믹·고분자 시료의 표면 형상과 파단면을 고배율로 관찰하고 EDS로 원소 성분을 분석합니다. 가공 표면 결함, 용접부 조직, 코팅층 단면 분석에 활용할 수 있습니다.',
    technologyAreas: ['EB14', 'EB08'],
    sectors: ['72'],
    contact: 'researcher.knu@spillover.demo',
    availability: '평일 09:00–18:00',
    visibility: 'PUBLIC',
    model: 'ZEISS GeminiSEM 500 (EDS 검출기 포함)',
    location: '경북대학교 대구캠퍼스 공동실험실습관 (대구 북구)',
    bookingTerms:
      '공용장비 예약 시스템으로 1주 전까지 신청합니다. 전담 오퍼레이터가 측정하며 산학협력 기업은 교내 단가로 이용할 수 있습니다. 시료 전처리(코팅)는 별도 비용입니다.',
    createdDaysAgo: 300,
    publishedDaysAgo: 298,
  }),
  capability({
    key: 'knu-ald-encapsulation-ip',
    organization: 'knu',
    createdBy: 'tlo.knu@spillover.demo',
    kind: 'IP',
    status: 'PUBLISHED',
    title: '유연 OLED용 원자층증착(ALD) 나노적층 봉지막 및 그 제조방법',
    description:
      '80℃ 이하 저온 원자층증착으로 Al₂O₃/ZrO₂ 나노적층막을 형성해 굽힘 후에도 투습 방지 성능을 유지하는 봉지막 기술입니다. 실험실 수준에서 반경 2mm 굽힘 10만 회 후에도 WVTR 10⁻⁵ g/m²·day대를 유지했습니다. 기술이전과 후속 공동연구를 함께 제안합니다.',
    technologyAreas: ['ED07', 'EB05', 'EB08'],
    sectors: ['26'],
    trl: 4,
    contact: 'tlo.knu@spillover.demo',
    availability: '통상실시권과 전용실시권 모두 협의 가능',
    visibility: 'PUBLIC',
    patentNumber: 'KR 10-2023-0012345',
    licensingStatus: 'AVAILABLE',
    createdDaysAgo: 150,
    publishedDaysAgo: 149,
  }),
  capability({
    key: 'knu-emg-gait-ip',
    organization: 'knu',
    createdBy: 'tlo.knu@spillover.demo',
    kind: 'IP',
    status: 'PUBLISHED',
    title: '근전도 신호 기반 보행 의도 추정 방법 및 장치',
    description:
      '하지 근육의 근전도 신호와 관성센서 데이터를 결합해 보행 단계와 사용자의 보행 의도를 실시간으로 추정하는 기술입니다. 웨어러블 보행 보조 로봇의 보조 토크 제어에 적용할 수 있습니다.',
    technologyAreas: ['LC13', 'LC06', 'EE10'],
    sectors: ['32'],
    trl: 5,
    contact: 'tlo.knu@spillover.demo',
    availability: '통상실시권 추가 허여 가능 (현재 1개 기업 실시 중)',
    visibility: 'PUBLIC',
    patentNumber: 'KR 10-2458213',
    licensingStatus: 'NON_EXCLUSIVE_LICENSED',
    createdDaysAgo: 180,
    publishedDaysAgo: 178,
  }),
  capability({
    key: 'knu-clinical-regulatory',
    organization: 'knu',
    createdBy: 'tlo.knu@spillover.demo',
    kind: 'SERVICE',
    status: 'PUBLISHED',
    title: '의료기기 임상시험 설계·인허가 기술지도',
    description:
      '의료기기 기업을 대상으로 임상시험 계획서 작성, IRB 대응, 식약처 허가·인증 전략 수립을 지도합니다. 대학병원 임상연구 네트워크와 연계해 탐색 임상과 확증 임상을 설계합니다.',
    technologyAreas: ['LC06', 'LC02'],
    sectors: ['32', '86'],
    contact: 'tlo.knu@spillover.demo',
    availability: '클러스터 회원사 대상, 월 4건까지 착수',
    visibility: 'CLUSTER',
    createdDaysAgo: 90,
    publishedDaysAgo: 88,
  }),

  // ---- 대구경북과학기술원(DGIST) ----
  capability({
    key: 'dgist-rehab-robot',
    organization: 'dgist',
    createdBy: 'tlo.dgist@spillover.demo',
    kind: 'EXPERTISE',
    status: 'PUBLISHED',
    title: '웨어러블 재활 로봇 제어 및 보행 분석',
    description:
      '하지 외골격 로봇의 인간-로봇 상호작용 제어, 보행 분석 시스템을 이용한 효과 평가, 사용자 맞춤 보조 알고리즘 개발을 수행합니다. 의료기기 기업의 임상 전 성능 평가와 공동연구를 지원합니다.',
    technologyAreas: ['EA04', 'LC13', 'ED12'],
    sectors: ['32', '72'],
    trl: 5,
    contact: 'tlo.dgist@spillover.demo',
    availability: '공동연구 및 위탁연구 상시 협의',
    visibility: 'PUBLIC',
    createdDaysAgo: 160,
    publishedDaysAgo: 159,
  }),
  capability({
    key: 'dgist-cathode-coating-ip',
    organization: 'dgist',
    createdBy: 'tlo.dgist@spillover.demo',
    kind: 'IP',
    status: 'PUBLISHED',
    title: '고니켈 양극 활물질의 표면 코팅 방법 및 이를 포함하는 리튬 이차전지',
    description:
      '니켈 함량 90% 이상의 양극 활물질 표면에 균일한 리튬 이온 전도성 코팅층을 형성해 전해액과의 부반응과 입자 균열을 줄이는 기술입니다. 코인셀 기준 500사이클 후 용량 유지율이 코팅 전보다 크게 개선되었습니다.',
    technologyAreas: ['EF06', 'EB06'],
    sectors: ['20', '27'],
    trl: 4,
    contact: 'tlo.dgist@spillover.demo',
    availability: '기술이전 상담 상시',
    visibility: 'PUBLIC',
    patentNumber: 'KR 10-2021-0187654',
    licensingStatus: 'AVAILABLE',
    createdDaysAgo: 120,
    publishedDaysAgo: 119,
  }),
  capability({
    key: 'dgist-av-testbed',
    organization: 'dgist',
    createdBy: 'tlo.dgist@spillover.demo',
    kind: 'FACILITY',
    status: 'PUBLISHED',
    title: '자율주행 실증 테스트베드와 연구용 차량 플랫폼',
    description:
      '캠퍼스 내 폐쇄 시험로와 인근 실증 구간에서 자율주행 인지·판단·제어 기술을 시험할 수 있습니다. 라이다·레이더·카메라를 장착한 연구용 차량과 데이터 기록 장비를 함께 제공합니다.',
    technologyAreas: ['EA19', 'EA09'],
    sectors: ['29'],
    contact: 'tlo.dgist@spillover.demo',
    availability: '주 2일 외부 개방',
    visibility: 'PUBLIC',
    location: 'DGIST 캠퍼스 및 인근 실증 구간 (대구 달성군)',
    bookingTerms:
      '시험 2주 전 사전 협의하고 안전관리 계획을 제출해야 합니다. 연구용 차량은 연구원이 동승하는 조건으로 제공합니다.',
    createdDaysAgo: 240,
    publishedDaysAgo: 238,
  }),

  // ---- 금오공과대학교 산학협력단 ----
  capability({
    key: 'kumoh-smart-factory-testbed',
    organization: 'kumoh',
    createdBy: 'tlo.kumoh@spillover.demo',
    kind: 'FACILITY',
    status: 'PUBLISHED',
    title: '스마트공장 테스트베드(조립 실증 라인) 개방',
    description:
      'PLC, MES, 협동로봇, 비전 검사기를 연동한 조립 실증 라인입니다. 중소기업이 스마트공장 솔루션을 도입하기 전에 자사 공정을 모사해 시험하고, 재직자 교육에도 활용할 수 있습니다.',
    technologyAreas: ['EA14', 'EE18', 'EE11'],
    sectors: ['28', '26'],
    contact: 'tlo.kumoh@spillover.demo',
    availability: '학기 중 주 3일, 방학 중 상시',
    visibility: 'PUBLIC',
    model: 'PLC·MES 연동 조립 라인 (협동로봇 2대, 비전 검사 1식)',
    location: '금오공과대학교 산학협력관 (경북 구미시)',
    bookingTerms:
      '주 단위로 예약합니다. 기업 실증은 무상이며 소모품만 실비로 부담합니다. 교육 일정이 우선합니다.',
    createdDaysAgo: 330,
    publishedDaysAgo: 328,
  }),
  capability({
    key: 'kumoh-display-optics',
    organization: 'kumoh',
    createdBy: 'tlo.kumoh@spillover.demo',
    kind: 'EXPERTISE',
    status: 'PUBLISHED',
    title: '디스플레이 패널 광학 특성 측정·분석',
    description:
      '휘도, 색좌표, 시야각, 반사율 등 디스플레이 패널의 광학 특성을 측정하고 불량 원인을 분석합니다. 구미산단 디스플레이 소재·부품 기업의 품질 문제 해결을 지원합니다.',
    technologyAreas: ['ED07', 'ED08', 'ED10'],
    sectors: ['26'],
    contact: 'tlo.kumoh@spillover.demo',
    availability: '의뢰 접수 후 2주 이내 착수',
    visibility: 'CLUSTER',
    createdDaysAgo: 100,
    publishedDaysAgo: 99,
  }),

  // ---- 국립창원대학교 산학협력단 ----
  capability({
    key: 'cnu-hydrogen-embrittlement',
    organization: 'changwon-national-university',
    createdBy: 'tlo.changwonuniv@spillover.demo',
    kind: 'EXPERTISE',
    status: 'PUBLISHED',
    title: '고압 수소 부품의 수소취성 평가와 소재 선정',
    description:
      '고압 수소 환경에서 쓰이는 밸브, 배관, 압축기 부품 소재의 수소취성을 평가하고 적합한 소재와 열처리 조건을 제안합니다. 저변형률 인장시험과 피로시험 결과를 바탕으로 부품 설계를 지원합니다.',
    technologyAreas: ['EF05', 'EB01', 'EB14'],
    sectors: ['28', '35'],
    trl: 5,
    contact: 'tlo.changwonuniv@spillover.demo',
    availability: '공동연구 및 기술지도 상시',
    visibility: 'PUBLIC',
    createdDaysAgo: 140,
    publishedDaysAgo: 138,
  }),
  capability({
    key: 'cnu-eha-control-ip',
    organization: 'changwon-national-university',
    createdBy: 'tlo.changwonuniv@spillover.demo',
    kind: 'IP',
    status: 'PUBLISHED',
    title: '전동 유압 액추에이터의 일체형 제어 장치 및 방법',
    description:
      '전동기, 양방향 펌프, 실린더를 일체화한 전동 유압 액추에이터(EHA)에서 부하 변화에 따라 전동기 속도와 압력을 함께 제어해 에너지 소비를 줄이는 기술입니다. 건설기계와 산업용 프레스의 전동화에 적용할 수 있습니다.',
    technologyAreas: ['EA05', 'ED12'],
    sectors: ['28'],
    trl: 4,
    contact: 'tlo.changwonuniv@spillover.demo',
    availability: '기술이전 및 공동 실증 협의 가능',
    visibility: 'PUBLIC',
    patentNumber: 'KR 10-2024-0034567',
    licensingStatus: 'AVAILABLE',
    createdDaysAgo: 60,
    publishedDaysAgo: 59,
  }),

  // ---- 한국생산기술연구원(KITECH) 대구지역본부 ----
  capability({
    key: 'kitech-hot-stamping-press',
    organization: 'kitech-daegu',
    createdBy: 'researcher.kitech@spillover.demo',
    kind: 'EQUIPMENT',
    status: 'PUBLISHED',
    title: '핫스탬핑 실증 프레스 라인',
    description:
      '가열로와 서보 프레스로 구성된 핫스탬핑 실증 라인에서 초고강도 강판 부품을 시험 생산할 수 있습니다. 금형 냉각 조건, 부분 연화, 트리밍 공정 개발에 활용합니다.',
    technologyAreas: ['EA15', 'EB10'],
    sectors: ['29', '24'],
    contact: 'researcher.kitech@spillover.demo',
    availability: '월 8일 외부 개방',
    visibility: 'PUBLIC',
    model: '1,200톤 서보 프레스 + 롤러허스 가열로 (최대 블랭크 1,600×1,200mm)',
    location: '한국생산기술연구원 대구지역본부 실증동 (대구)',
    bookingTerms:
      '시험 가공은 일 단위로 최소 2주 전에 예약합니다. 금형은 의뢰 기업이 준비하고 연구원 기술지원 인력이 장비를 운전합니다. 중소기업은 지원사업과 연계해 비용을 감면받을 수 있습니다.',
    createdDaysAgo: 260,
    publishedDaysAgo: 258,
  }),
  capability({
    key: 'kitech-dissimilar-joining',
    organization: 'kitech-daegu',
    createdBy: 'partnering.kitech@spillover.demo',
    kind: 'EXPERTISE',
    status: 'PUBLISHED',
    title: '이종소재 접합 공정(FSW·SPR·구조용 접착) 개발',
    description:
      '알루미늄-강, 금속-복합재 이종소재 접합부의 공정 조건을 개발하고 강도, 피로, 부식 신뢰성을 평가합니다. 마찰교반접합(FSW), 셀프피어싱 리벳(SPR), 구조용 접착 공정과 평가 장비를 갖추고 있습니다.',
    technologyAreas: ['EB12', 'EB10', 'EB04'],
    sectors: ['29', '25'],
    trl: 5,
    contact: 'partnering.kitech@spillover.demo',
    availability: '기술지원과 공동연구 상시',
    visibility: 'PUBLIC',
    createdDaysAgo: 200,
    publishedDaysAgo: 199,
  }),
  capability({
    key: 'kitech-hpdc',
    organization: 'kitech-daegu',
    createdBy: 'researcher.kitech@spillover.demo',
    kind: 'EQUIPMENT',
    status: 'PUBLISHED',
    title: '알루미늄 진공 고압 다이캐스팅 시험 설비',
    description:
      '고진공 장치를 갖춘 다이캐스팅기로 전기차 하우징류의 주조 조건을 시험하고 기공을 줄이는 공정을 개발합니다. CT 검사와 기밀 시험까지 연계할 수 있습니다.',
    technologyAreas: ['EB13', 'EA15'],
    sectors: ['24', '29'],
    contact: 'researcher.kitech@spillover.demo',
    availability: '분기별 일정 공지 후 접수',
    visibility: 'CLUSTER',
    model: '800톤급 콜드챔버 다이캐스팅기 (고진공 장치, 금형 온도 조절기 포함)',
    location: '한국생산기술연구원 대구지역본부 (대구)',
    bookingTerms:
      '클러스터 회원사 우선 배정, 1회 시험은 반일 단위입니다. 합금 소재와 금형은 의뢰 기업이 준비합니다.',
    createdDaysAgo: 130,
    publishedDaysAgo: 128,
  }),

  // ---- 구미전자정보기술원(GERI) ----
  capability({
    key: 'geri-reliability',
    organization: 'geri',
    createdBy: 'partnering.geri@spillover.demo',
    kind: 'SERVICE',
    status: 'PUBLISHED',
    title: '전자부품 신뢰성 시험(온습도·열충격·진동)',
    description:
      '전자부품과 모듈의 고온고습, 열충격, 진동, 염수분무 시험을 수행하고 시험 성적서를 발급합니다. 차량용 전장부품 규격(AEC-Q 시리즈 등)에 맞춘 시험 계획 수립을 돕습니다.',
    technologyAreas: ['ED11', 'EB14'],
    sectors: ['26', '71'],
    contact: 'partnering.geri@spillover.demo',
    availability: '접수 후 1주 이내 착수',
    visibility: 'PUBLIC',
    createdDaysAgo: 280,
    publishedDaysAgo: 279,
  }),
  capability({
    key: 'geri-emc-chamber',
    organization: 'geri',
    createdBy: 'partnering.geri@spillover.demo',
    kind: 'FACILITY',
    status: 'PUBLISHED',
    title: '10m 전자파 무반사실(EMC 시험실)',
    description:
      '전자파 방사 및 내성 시험을 위한 10m 무반사실입니다. 가전, 산업기기, 차량용 전장부품의 EMC 사전 시험과 인증 시험을 수행할 수 있습니다.',
    technologyAreas: ['ED13'],
    sectors: ['26', '29', '71'],
    contact: 'partnering.geri@spillover.demo',
    availability: '평일 주간, 야간 시험은 별도 협의',
    visibility: 'PUBLIC',
    location: '구미전자정보기술원 (경북 구미시)',
    bookingTerms:
      '시험 의뢰서를 제출하면 일정을 배정합니다. 사전 시험은 시간 단위, 인증 시험은 건 단위로 요금을 받습니다.',
    createdDaysAgo: 270,
    publishedDaysAgo: 268,
  }),

  // ---- 한국전기연구원(KERI) ----
  capability({
    key: 'keri-high-power-lab',
    organization: 'keri',
    createdBy: 'partnering.keri@spillover.demo',
    kind: 'FACILITY',
    status: 'PUBLISHED',
    title: '대전력 시험설비(차단기·변압기 단락 시험)',
    description:
      '차단기, 개폐기, 변압기 등 전력기기의 단락 전류 차단 성능과 내구성을 시험하는 설비입니다. 국내외 인증을 위한 공인 시험과 개발 단계의 성능 확인 시험을 수행합니다.',
    technologyAreas: ['ED01', 'ED02'],
    sectors: ['27', '71'],
    contact: 'partnering.keri@spillover.demo',
    availability: '분기 단위로 시험 일정 확정',
    visibility: 'PUBLIC',
    location: '한국전기연구원 본원 (경남 창원시)',
    bookingTerms:
      '시험 의뢰서 접수 후 기술 검토를 거쳐 일정을 배정합니다. 공인 시험은 인증 기관 규정에 따릅니다.',
    createdDaysAgo: 350,
    publishedDaysAgo: 348,
  }),
  capability({
    key: 'keri-motor-dyno',
    organization: 'keri',
    createdBy: 'partnering.keri@spillover.demo',
    kind: 'EQUIPMENT',
    status: 'PUBLISHED',
    title: '전동기·인버터 다이나모 성능평가 장비',
    description:
      '전기차 구동모터와 산업용 전동기, 인버터의 효율 맵, 출력, 온도 특성을 측정합니다. 냉각 조건을 바꿔 가며 연속·최대 출력 시험을 수행할 수 있습니다.',
    technologyAreas: ['ED02', 'ED03', 'EA18'],
    sectors: ['27', '29'],
    contact: 'partnering.keri@spillover.demo',
    availability: '월 단위 예약',
    visibility: 'PUBLIC',
    model: '300kW 동력계, 정밀 전력분석기, 항온 냉각수 공급장치',
    location: '한국전기연구원 본원 (경남 창원시)',
    bookingTerms:
      '시험은 주 단위로 예약하고, 시료 고정 지그는 의뢰 기업이 준비합니다. 공동연구 과제 참여 기업은 우선 배정합니다.',
    createdDaysAgo: 190,
    publishedDaysAgo: 188,
  }),
  capability({
    key: 'keri-sic-module-ip',
    organization: 'keri',
    createdBy: 'partnering.keri@spillover.demo',
    kind: 'IP',
    status: 'PUBLISHED',
    title: 'SiC 전력반도체 모듈의 양면 냉각 패키징 구조',
    description:
      'SiC 칩의 상·하면에 모두 냉각 경로를 두어 열저항을 낮추고, 저인덕턴스 배선 구조로 스위칭 손실을 줄인 전력 모듈 패키징 기술입니다. 전기차 인버터와 산업용 전력변환장치에 적용할 수 있습니다.',
    technologyAreas: ['ED03', 'ED11'],
    sectors: ['27', '29'],
    trl: 6,
    contact: 'partnering.keri@spillover.demo',
    availability: '전용실시 중이어서 라이선스는 어렵고, 개량기술 공동연구만 협의할 수 있습니다.',
    visibility: 'PUBLIC',
    patentNumber: 'KR 10-2389456',
    licensingStatus: 'EXCLUSIVE_LICENSED',
    createdDaysAgo: 220,
    publishedDaysAgo: 219,
  }),

  // ---- 대구테크노파크 ----
  capability({
    key: 'dtp-medical-gmp',
    organization: 'daegu-technopark',
    createdBy: 'support.dtp@spillover.demo',
    kind: 'FACILITY',
    status: 'PUBLISHED',
    title: '의료기기 시제품 GMP 생산 지원 시설',
    description:
      '의료기기 GMP 기준에 맞춘 클린룸 조립실과 포장·멸균 의뢰 연계를 제공해, 창업기업이 임상시험용 시제품을 생산할 수 있도록 지원합니다.',
    technologyAreas: ['LC06'],
    sectors: ['32'],
    contact: 'support.dtp@spillover.demo',
    availability: '입주·협약 기업 우선, 월 단위 사용',
    visibility: 'PUBLIC',
    location: '대구테크노파크 (대구)',
    bookingTerms:
      '사용 신청서와 생산 계획서를 제출하면 심사 후 월 단위로 배정합니다. 사용료는 지역 기업 감면 기준을 적용합니다.',
    createdDaysAgo: 170,
    publishedDaysAgo: 168,
  }),

  // ---- Korean firms ----
  capability({
    key: 'seongseo-5axis-machining',
    organization: 'seongseo-precision',
    createdBy: 'engineer.seongseo@spillover.demo',
    kind: 'EXPERTISE',
    status: 'PUBLISHED',
    title: '알루미늄 단조·주조 부품 5축 정밀가공',
    description:
      '조향·제동 계통 알루미늄 부품을 5축 머시닝센터로 가공하고 있습니다. 얇은 벽 부품의 변형 최소화 가공, 고정구 설계, 인라인 측정 자동화 경험을 바탕으로 시작품 가공과 양산 이관을 함께 할 수 있습니다.',
    technologyAreas: ['EA02', 'EB10', 'EA17'],
    sectors: ['29', '25'],
    trl: 8,
    contact: 'engineer.seongseo@spillover.demo',
    availability: '시작품 가공은 월 2건까지',
    visibility: 'CLUSTER',
    createdDaysAgo: 110,
    publishedDaysAgo: 109,
  }),
  capability({
    key: 'palgong-durability-bench',
    organization: 'palgong-mobility',
    createdBy: 'engineer.palgong@spillover.demo',
    kind: 'EQUIPMENT',
    status: 'PUBLISHED',
    title: '전기차 구동모듈 내구 시험 벤치 협력사 개방',
    description:
      '구동모듈과 감속기의 부하 내구, 온도 사이클, 진동 복합 시험을 할 수 있는 시험 벤치를 협력사의 부품 검증에 개방합니다.',
    technologyAreas: ['EA18', 'EA17', 'EB14'],
    sectors: ['29'],
    contact: 'engineer.palgong@spillover.demo',
    availability: '협력사 대상, 월 2회',
    visibility: 'PRIVATE',
    invited: ['seongseo-precision', 'hanbit-autotech', 'seongseo-smart-machine'],
    model: '250kW 구동모듈 내구 벤치 (온도 챔버 −40~150℃, 3축 가진기)',
    location: '(주)팔공모빌리티 본사 시험동 (대구)',
    bookingTerms:
      '초청 협력사는 월 2회까지 무상으로 이용합니다. 시험 결과는 당사 품질팀과 공유하는 조건입니다.',
    createdDaysAgo: 45,
    publishedDaysAgo: 44,
  }),
  capability({
    key: 'hanbit-tailored-tempering-ip',
    organization: 'hanbit-autotech',
    createdBy: 'ceo.hanbit@spillover.demo',
    kind: 'IP',
    status: 'PUBLISHED',
    title: '핫스탬핑 부품의 부분 연화를 위한 금형 냉각 구조',
    description:
      '금형의 영역별 냉각 속도를 달리해 한 부품 안에서 고강도 영역과 연성 영역을 만드는 테일러드 템퍼링 기술입니다. B필러처럼 충돌 에너지 흡수가 필요한 부품의 용접 공정을 줄일 수 있습니다.',
    technologyAreas: ['EA15', 'EB10', 'EB11'],
    sectors: ['29', '24'],
    trl: 7,
    contact: 'ceo.hanbit@spillover.demo',
    availability: '라이선스 및 기술 협력 협의 가능',
    visibility: 'PUBLIC',
    patentNumber: 'KR 10-2021-0076543',
    licensingStatus: 'AVAILABLE',
    createdDaysAgo: 95,
    publishedDaysAgo: 94,
  }),
  capability({
    key: 'hanbit-al-extrusion',
    organization: 'hanbit-autotech',
    createdBy: 'ceo.hanbit@spillover.demo',
    kind: 'EXPERTISE',
    status: 'PUBLISHED',
    title: '알루미늄 압출·굽힘 성형 경량 차체 부품 개발',
    description:
      '6000계·7000계 알루미늄 압출재로 범퍼 빔, 사이드실, 배터리 케이스 프레임을 개발합니다. 압출 단면 설계, 3차원 굽힘 성형, 열처리와 이종소재 접합까지 일괄 대응합니다.',
    technologyAreas: ['EB10', 'EA15', 'EA17'],
    sectors: ['29', '24'],
    trl: 8,
    contact: 'ceo.hanbit@spillover.demo',
    availability: '신규 개발 과제 상시 협의',
    visibility: 'PUBLIC',
    createdDaysAgo: 230,
    publishedDaysAgo: 229,
  }),
  capability({
    key: 'seongseo-smart-trial-machining',
    organization: 'seongseo-smart-machine',
    createdBy: 'ceo.seongseosmart@spillover.demo',
    kind: 'EQUIPMENT',
    status: 'PUBLISHED',
    title: '5축 CNC 자동화 가공 셀 시험가공',
    description:
      '팔레트 교환과 공구 관리를 자동화한 5축 가공 셀에서 고객 부품을 시험 가공하고, 무인 가공 조건과 상태 모니터링 데이터를 함께 제공합니다.',
    technologyAreas: ['EA08', 'EA14'],
    sectors: ['28', '25'],
    contact: 'ceo.seongseosmart@spillover.demo',
    availability: '평일 주간, 야간 무인 운전 시험 가능',
    visibility: 'PUBLIC',
    model: 'SSM-5AX500 자동화 셀 (팔레트 12개, 공구 매거진 60개)',
    location: '성서스마트기계(주) 성서산업단지 공장 (대구 달서구)',
    bookingTerms: '시험 가공은 소재를 지참하면 무상입니다. 장기 사용은 시간당 요금으로 협의합니다.',
    createdDaysAgo: 75,
    publishedDaysAgo: 74,
  }),
  capability({
    key: 'dalgubeol-sensor-design',
    organization: 'dalgubeol-meditech',
    createdBy: 'ceo.dalgubeol@spillover.demo',
    kind: 'EXPERTISE',
    status: 'DRAFT',
    title: '웨어러블 의료기기용 저전력 센서 모듈 설계',
    description: '관성센서와 근전도 센서를 통합한 저전력 모듈 설계 경험을 정리하고 있습니다.',
    technologyAreas: ['ED10', 'LC06'],
    sectors: ['32'],
    contact: null,
    visibility: 'PUBLIC',
    createdDaysAgo: 4,
    publishedDaysAgo: null,
  }),
  capability({
    key: 'textile-functional-coating',
    organization: 'daegu-textile-lab',
    createdBy: 'ceo.textilelab@spillover.demo',
    kind: 'EXPERTISE',
    status: 'PUBLISHED',
    title: '기능성 섬유 코팅(발수·난연·항균) 시제품 개발',
    description:
      '자동차 내장재와 산업용 섬유에 발수, 난연, 항균 기능을 부여하는 코팅 처방과 가공 조건을 개발합니다. 소량 시제품 제작과 물성 시험 의뢰 연계를 지원합니다.',
    technologyAreas: ['EC07', 'EC09'],
    sectors: ['13', '22'],
    trl: 6,
    contact: 'ceo.textilelab@spillover.demo',
    availability: '시제품 의뢰 상시',
    visibility: 'PUBLIC',
    createdDaysAgo: 55,
    publishedDaysAgo: 54,
  }),
  capability({
    key: 'gumi-display-wvtr',
    organization: 'gumi-displaytech',
    createdBy: 'engineer.gumidisplay@spillover.demo',
    kind: 'EQUIPMENT',
    status: 'PUBLISHED',
    title: 'OLED 봉지막 투습도(WVTR) 측정',
    description:
      '초고차단 봉지막과 배리어 필름의 수분 투과율을 10⁻⁵ g/m²·day 수준까지 측정합니다. 클러스터 회원사의 배리어 소재 개발과 품질 검증에 활용할 수 있습니다.',
    technologyAreas: ['ED07', 'EB05', 'EB14'],
    sectors: ['26'],
    contact: 'engineer.gumidisplay@spillover.demo',
    availability: '월 10개 시료까지',
    visibility: 'CLUSTER',
    model: 'MOCON AQUATRAN Model 2',
    location: '구미디스플레이텍(주) 구미공장 품질분석실 (경북 구미시)',
    bookingTerms: '클러스터 회원사는 시료당 측정비 실비로 이용합니다. 측정에는 3–7일이 걸립니다.',
    createdDaysAgo: 85,
    publishedDaysAgo: 84,
  }),
  capability({
    key: 'gb-electronics-ldc',
    organization: 'gyeongbuk-electronics',
    createdBy: 'ceo.gbelectronics@spillover.demo',
    kind: 'EXPERTISE',
    status: 'ARCHIVED',
    title: '차량용 저전압 DC-DC 컨버터(LDC) 설계',
    description:
      '전기차 고전압 배터리에서 12V 전장 전원을 공급하는 LDC의 회로 설계, 열설계, EMC 대책 경험을 바탕으로 협력사의 전원 모듈 개발을 지원합니다.',
    technologyAreas: ['ED03', 'EA18'],
    sectors: ['27', '29'],
    trl: 7,
    contact: 'ceo.gbelectronics@spillover.demo',
    availability: '협의',
    visibility: 'PUBLIC',
    createdDaysAgo: 300,
    publishedDaysAgo: 298,
    archivedDaysAgo: 20,
  }),
  capability({
    key: 'geumo-mes-consulting',
    organization: 'geumo-smart-factory',
    createdBy: 'ceo.geumo@spillover.demo',
    kind: 'SERVICE',
    status: 'PUBLISHED',
    title: '중소 제조기업 MES 구축과 스마트공장 고도화 컨설팅',
    description:
      '전자부품과 기계부품 공장의 생산 공정을 진단하고 MES, 설비 모니터링, 품질 추적 시스템을 구축합니다. 스마트공장 보급사업 신청서 작성과 고도화 단계 로드맵 수립도 지원합니다.',
    technologyAreas: ['EE18', 'EA14', 'EE15'],
    sectors: ['62', '26'],
    contact: 'ceo.geumo@spillover.demo',
    availability: '진단 상담 무료, 구축은 3–6개월',
    visibility: 'PUBLIC',
    createdDaysAgo: 250,
    publishedDaysAgo: 249,
  }),
  capability({
    key: 'geumo-twin-sync-ip',
    organization: 'geumo-smart-factory',
    createdBy: 'ceo.geumo@spillover.demo',
    kind: 'IP',
    status: 'PUBLISHED',
    title: '설비 가동 데이터 기반 디지털트윈 실시간 동기화 방법',
    description:
      '이기종 설비에서 수집한 가동 이벤트를 공정 모델에 맞춰 시간 정렬하고, 지연과 누락을 보정해 디지털트윈을 실시간으로 동기화하는 기술입니다. 당사 MES 제품에 적용되어 있습니다.',
    technologyAreas: ['EE15', 'EE18'],
    sectors: ['62'],
    trl: 6,
    contact: 'ceo.geumo@spillover.demo',
    availability: '라이선스는 제공하지 않으며, 이 기술을 적용한 공동개발과 실증만 협의합니다.',
    visibility: 'PUBLIC',
    patentNumber: 'KR 10-2023-0145678',
    licensingStatus: 'NOT_AVAILABLE',
    createdDaysAgo: 70,
    publishedDaysAgo: 69,
  }),
  capability({
    key: 'nakdong-condition-monitoring',
    organization: 'nakdong-sensor',
    createdBy: 'ceo.nakdong@spillover.demo',
    kind: 'EXPERTISE',
    status: 'PUBLISHED',
    title: '무선 진동 센서 기반 회전설비 상태 모니터링',
    description:
      '모터, 펌프, 팬, 컴프레서에 무선 진동·온도 센서를 부착해 상태를 모니터링하고 이상 징후를 알리는 시스템을 구축합니다. 센서 선정, 설치 위치 설계, 경보 기준 설정까지 지원합니다.',
    technologyAreas: ['ED10', 'EE11', 'EE10'],
    sectors: ['26', '28'],
    trl: 7,
    contact: 'ceo.nakdong@spillover.demo',
    availability: '실증 설치는 2주 이내 가능',
    visibility: 'PUBLIC',
    createdDaysAgo: 60,
    publishedDaysAgo: 58,
  }),
  capability({
    key: 'gumi-battery-analysis',
    organization: 'gumi-battery-materials',
    createdBy: 'ceo.gumibattery@spillover.demo',
    kind: 'SERVICE',
    status: 'PUBLISHED',
    title: '이차전지 소재 성분·입도 분석 (ICP-OES, 입도분석기)',
    description:
      '양극재 전구체와 재활용 원료의 금속 성분, 불순물, 입도 분포를 분석해 드립니다. 클러스터 회원사의 소재 개발과 입고 검사를 지원합니다.',
    technologyAreas: ['EF06', 'EB14'],
    sectors: ['20'],
    contact: 'ceo.gumibattery@spillover.demo',
    availability: '시료 접수 후 5일 이내 결과 제공',
    visibility: 'CLUSTER',
    createdDaysAgo: 40,
    publishedDaysAgo: 39,
  }),
  capability({
    key: 'changwon-hyd-test-yard',
    organization: 'changwon-hydraulics',
    createdBy: 'ceo.changwonhyd@spillover.demo',
    kind: 'FACILITY',
    status: 'PUBLISHED',
    title: '유압 실린더·밸브 내구 시험장 (최대 35MPa)',
    description:
      '건설기계용 유압 실린더와 밸브의 압력 내구, 누유, 온도 특성 시험을 수행하는 시험장입니다. 전동 유압 시스템의 효율 측정에도 활용할 수 있습니다.',
    technologyAreas: ['EA05', 'EA07'],
    sectors: ['28'],
    contact: 'ceo.changwonhyd@spillover.demo',
    availability: '평일 주간',
    visibility: 'PUBLIC',
    location: '(주)창원유압기계 본사 공장, 창원국가산업단지 (경남 창원시)',
    bookingTerms:
      '2주 전에 예약하며, 시험 1일 기준 요금을 받습니다. 클러스터 공동과제 참여 기관은 무상입니다.',
    createdDaysAgo: 150,
    publishedDaysAgo: 149,
  }),
  capability({
    key: 'masan-h2-compressor-design',
    organization: 'masan-hydrogen',
    createdBy: 'ceo.masanh2@spillover.demo',
    kind: 'EXPERTISE',
    status: 'PUBLISHED',
    title: '수소충전소 고압 압축기·밸브 설계와 국산화',
    description:
      '90MPa급 수소 압축기와 고압 차단·체크 밸브를 설계하고 국산화한 경험이 있습니다. 수소충전소와 연료전지 차량 부품의 고압 기밀 설계, 시험 계획 수립을 지원합니다.',
    technologyAreas: ['EF05', 'EA06', 'EF09'],
    sectors: ['28', '35'],
    trl: 7,
    contact: 'ceo.masanh2@spillover.demo',
    availability: '공동개발·공급 협의 상시',
    visibility: 'PUBLIC',
    createdDaysAgo: 200,
    publishedDaysAgo: 198,
  }),
  capability({
    key: 'jinhae-prototype-dies',
    organization: 'jinhae-precision-mold',
    createdBy: 'ceo.jinhaemold@spillover.demo',
    kind: 'SERVICE',
    status: 'PUBLISHED',
    title: '프레스·다이캐스팅 시작 금형 설계·제작',
    description:
      '자동차·가전 부품의 시작 금형을 설계하고 제작합니다. 성형 해석으로 불량을 미리 검토하고, 양산 금형으로 옮길 때의 개선 사항을 함께 제안합니다.',
    technologyAreas: ['EA15', 'EB13'],
    sectors: ['25', '29'],
    contact: 'ceo.jinhaemold@spillover.demo',
    availability: '납기 6–10주',
    visibility: 'PUBLIC',
    createdDaysAgo: 130,
    publishedDaysAgo: 129,
  }),
  capability({
    key: 'kicox-daegu-rdb-planning',
    organization: 'kicox-daegu',
    createdBy: 'manager.daegu@spillover.demo',
    kind: 'SERVICE',
    status: 'PUBLISHED',
    title: '미니클러스터 R&DB 과제 기획과 산학연 컨소시엄 구성 지원',
    description:
      '성서산업단지 입주기업의 기술수요를 함께 정리하고, 대학·연구기관과 해외 파트너 클러스터를 연결해 R&DB 과제 컨소시엄을 구성하도록 돕습니다. 공모 일정 안내와 신청서 검토도 지원합니다.',
    technologyAreas: ['EA14', 'EA17', 'LC06'],
    sectors: ['70', '84'],
    contact: 'manager.daegu@spillover.demo',
    availability: '입주기업 상시 상담',
    visibility: 'PUBLIC',
    createdDaysAgo: 400,
    publishedDaysAgo: 399,
  }),

  // ---- Baden-Württemberg ----
  capability({
    key: 'stuttgart-crash-simulation',
    organization: 'uni-stuttgart',
    createdBy: 'transfer.stuttgart@spillover.demo',
    kind: 'EXPERTISE',
    status: 'PUBLISHED',
    title: 'Lightweight design and crash simulation of hybrid structures',
    description:
      'Design and simulation of multi-material vehicle structures (aluminium, high-strength steel, fibre-reinforced plastics): material modelling, crash and fatigue simulation, and validation on component tests. Available for joint research projects and contract research with suppliers.',
    technologyAreas: ['EB10', 'EB04', 'EA09'],
    sectors: ['29', '72'],
    trl: 4,
    contact: 'transfer.stuttgart@spillover.demo',
    availability: 'Joint projects start each semester; contract research on request',
    visibility: 'PUBLIC',
    createdDaysAgo: 260,
    publishedDaysAgo: 259,
  }),
  capability({
    key: 'stuttgart-fibre-patch-ip',
    organization: 'uni-stuttgart',
    createdBy: 'transfer.stuttgart@spillover.demo',
    kind: 'IP',
    status: 'PUBLISHED',
    title: 'Fibre-patch placement for local reinforcement of sheet-metal parts',
    description:
      'A process that places and co-cures small carbon-fibre patches on formed sheet-metal parts exactly where load paths need them, reducing sheet thickness elsewhere. Demonstrated on a B-pillar with a weight saving of about 20%.',
    technologyAreas: ['EB04', 'EB10', 'EA15'],
    sectors: ['29', '24'],
    trl: 5,
    contact: 'transfer.stuttgart@spillover.demo',
    availability: 'Exclusive or non-exclusive licences by field of use',
    visibility: 'PUBLIC',
    patentNumber: 'EP 3 812 345 B1',
    licensingStatus: 'AVAILABLE',
    createdDaysAgo: 90,
    publishedDaysAgo: 89,
  }),
  capability({
    key: 'ipa-hydrogen-lab',
    organization: 'fraunhofer-ipa',
    createdBy: 'researcher.ipa@spillover.demo',
    kind: 'FACILITY',
    status: 'PUBLISHED',
    title: 'Test and pilot facility for electrolyser and fuel-cell production',
    description:
      'Pilot equipment for stacking, joining and end-of-line testing of electrolyser and fuel-cell stacks, used to develop automated production processes and quality inspection before companies invest in their own lines.',
    technologyAreas: ['EF05', 'EA14'],
    sectors: ['28', '72'],
    contact: 'researcher.ipa@spillover.demo',
    availability: 'Project slots every quarter',
    visibility: 'PUBLIC',
    location: 'Fraunhofer IPA, Stuttgart, Germany',
    bookingTerms:
      'Access through contract research or joint projects; day rates on request. A safety briefing is required before first use.',
    createdDaysAgo: 180,
    publishedDaysAgo: 178,
  }),
  capability({
    key: 'ipa-robot-assembly',
    organization: 'fraunhofer-ipa',
    createdBy: 'partnering.ipa@spillover.demo',
    kind: 'EXPERTISE',
    status: 'PUBLISHED',
    title: 'Robot-based automation for small-batch assembly',
    description:
      'Automation of assembly tasks with many variants and small batches: vision-guided gripping, force-controlled joining, simulation-based commissioning and easy re-programming by shop-floor staff.',
    technologyAreas: ['EA04', 'EA14', 'EE13'],
    sectors: ['28', '29'],
    trl: 6,
    contact: 'partnering.ipa@spillover.demo',
    availability: 'Feasibility studies within four weeks',
    visibility: 'PUBLIC',
    createdDaysAgo: 210,
    publishedDaysAgo: 209,
  }),
  // Matches Hanbit Autotech's hot-stamping trimming need: the German institute the
  // application form suggests for "a partner from another country".
  capability({
    key: 'ipa-press-hardening-trim',
    organization: 'fraunhofer-ipa',
    createdBy: 'partnering.ipa@spillover.demo',
    kind: 'EXPERTISE',
    status: 'PUBLISHED',
    title: 'Hard trimming and piercing of press-hardened steel parts',
    description:
      'Die and process design for trimming and piercing press-hardened (hot-stamped) ultra-high-strength steel parts in the tool instead of by laser: tool steels and coatings for 1,500 MPa blanks, tool-life testing on a servo press and cycle-time analysis for B-pillars and side sills.',
    technologyAreas: ['EA15', 'EB11', 'EB10'],
    sectors: ['29', '24', '28'],
    trl: 5,
    contact: 'partnering.ipa@spillover.demo',
    availability: 'Joint projects and feasibility trials from next quarter',
    visibility: 'PUBLIC',
    createdDaysAgo: 60,
    publishedDaysAgo: 58,
  }),
  capability({
    key: 'schwaben-rtm-press',
    organization: 'schwaben-leichtbau',
    createdBy: 'engineer.schwaben@spillover.demo',
    kind: 'EQUIPMENT',
    status: 'PUBLISHED',
    title: 'RTM press line for trial runs of fibre-reinforced structural parts',
    description:
      'High-pressure resin transfer moulding line for carbon and glass-fibre structural parts, including preforming, injection and trimming, open to selected partners for trial runs.',
    technologyAreas: ['EB04', 'EC08', 'EB10'],
    sectors: ['29', '22'],
    contact: 'engineer.schwaben@spillover.demo',
    availability: 'Two trial blocks a month',
    visibility: 'PRIVATE',
    invited: ['hanbit-autotech', 'seongseo-precision', 'alsace-composites'],
    model: '36,000 kN RTM press with high-pressure injection unit',
    location: 'Schwaben Leichtbau GmbH, Heilbronn, Germany',
    bookingTerms:
      'Trial runs in blocks of two days, booked two months ahead; partners bring their own tools. Machine-hour rates on request.',
    createdDaysAgo: 65,
    publishedDaysAgo: 64,
  }),
  capability({
    key: 'neckar-edrive-integration',
    organization: 'neckar-antriebstechnik',
    createdBy: 'ceo.neckar@spillover.demo',
    kind: 'EXPERTISE',
    status: 'PUBLISHED',
    title: 'Compact e-drive and inverter integration for light commercial vehicles',
    description:
      'Design of integrated e-axles for light commercial vehicles and industrial machines: motor and inverter co-design, thermal management, functional safety and software for drive control.',
    technologyAreas: ['ED02', 'ED03', 'EA18'],
    sectors: ['27', '29'],
    trl: 7,
    contact: 'ceo.neckar@spillover.demo',
    availability: 'Engineering capacity for one new project per quarter',
    visibility: 'PUBLIC',
    createdDaysAgo: 140,
    publishedDaysAgo: 139,
  }),

  // ---- Brainport Eindhoven ----
  capability({
    key: 'tue-photonic-strain-ip',
    organization: 'tue',
    createdBy: 'valorisation.tue@spillover.demo',
    kind: 'IP',
    status: 'PUBLISHED',
    title: 'Photonic integrated strain sensor for structural health monitoring',
    description:
      'A photonic chip that reads out many fibre-Bragg-grating strain sensors at high speed, small enough to be embedded in composite parts and machine frames. Laboratory prototype available for evaluation.',
    technologyAreas: ['ED08', 'ED10'],
    sectors: ['26', '72'],
    trl: 3,
    contact: 'valorisation.tue@spillover.demo',
    availability: 'Licence or joint development; evaluation kits on request',
    visibility: 'PUBLIC',
    patentNumber: 'EP 4 012 876 A1',
    licensingStatus: 'AVAILABLE',
    createdDaysAgo: 45,
    publishedDaysAgo: 44,
  }),
  capability({
    key: 'tno-r2r-pilot-line',
    organization: 'tno',
    createdBy: 'partnering.tno@spillover.demo',
    kind: 'FACILITY',
    status: 'PUBLISHED',
    title: 'Roll-to-roll pilot line for printed and flexible electronics',
    description:
      'Pilot line for printing, coating and encapsulating functional layers on flexible foils, used to scale up printed sensors, flexible displays and barrier films from lab to pilot production.',
    technologyAreas: ['ED07', 'ED11', 'EB05'],
    sectors: ['26', '72'],
    contact: 'partnering.tno@spillover.demo',
    availability: 'Process runs scheduled quarterly',
    visibility: 'PUBLIC',
    location: 'High Tech Campus, Eindhoven, Netherlands',
    bookingTerms:
      'Access through shared research programmes or bilateral contract research. Materials and substrates are agreed per project.',
    createdDaysAgo: 300,
    publishedDaysAgo: 299,
  }),
  capability({
    key: 'tno-sald-barrier',
    organization: 'tno',
    createdBy: 'partnering.tno@spillover.demo',
    kind: 'EXPERTISE',
    status: 'PUBLISHED',
    title: 'Spatial atomic layer deposition for thin-film barriers on flexible displays',
    description:
      'Fast, low-temperature spatial ALD of oxide barrier layers for OLED encapsulation and moisture-sensitive devices, from process development to equipment specifications for production.',
    technologyAreas: ['ED07', 'EB05', 'EB08'],
    sectors: ['26'],
    trl: 5,
    contact: 'partnering.tno@spillover.demo',
    availability: 'Joint projects with partner-cluster members',
    visibility: 'CLUSTER',
    createdDaysAgo: 100,
    publishedDaysAgo: 98,
  }),
  capability({
    key: 'kempen-inspection-poc',
    organization: 'kempen-vision',
    createdBy: 'ceo.kempen@spillover.demo',
    kind: 'SERVICE',
    status: 'PUBLISHED',
    title: 'Proof-of-concept AI inspection on your production samples',
    description:
      'We image your samples with our optical inspection set-up, train a defect classifier on them and report detection and false-call rates, so that you can decide on an inline system with real numbers.',
    technologyAreas: ['EE13', 'EE10', 'ED10'],
    sectors: ['26', '62'],
    contact: 'ceo.kempen@spillover.demo',
    availability: 'Results within six weeks of receiving samples',
    visibility: 'PUBLIC',
    createdDaysAgo: 80,
    publishedDaysAgo: 79,
  }),
  capability({
    key: 'brabant-motion-stages',
    organization: 'brabant-mechatronics',
    createdBy: 'ceo.brabantmech@spillover.demo',
    kind: 'EXPERTISE',
    status: 'PUBLISHED',
    title: 'Precision motion stages for display and semiconductor equipment',
    description:
      'Design and assembly of air-bearing and mechanical-bearing motion modules with nanometre-level positioning, including linear motors, metrology frames and motion control tuning.',
    technologyAreas: ['EA03', 'ED05', 'ED12'],
    sectors: ['28'],
    trl: 8,
    contact: 'ceo.brabantmech@spillover.demo',
    availability: 'Custom modules in 16–24 weeks',
    visibility: 'PUBLIC',
    createdDaysAgo: 160,
    publishedDaysAgo: 159,
  }),

  // ---- Grand Est ----
  capability({
    key: 'uha-functional-textiles',
    organization: 'uha',
    createdBy: 'valorisation.uha@spillover.demo',
    kind: 'EXPERTISE',
    status: 'PUBLISHED',
    title: 'Functional textiles and fibre-based composites',
    description:
      'Research on fibre surface treatment, flame-retardant and bio-based textile finishes, and natural- and recycled-fibre composites for vehicle interiors, from formulation to pilot-scale trials.',
    technologyAreas: ['EC07', 'EB04', 'EB03'],
    sectors: ['13', '22', '72'],
    trl: 4,
    contact: 'valorisation.uha@spillover.demo',
    availability: 'PhD and post-doc projects with industry; contract research on request',
    visibility: 'PUBLIC',
    createdDaysAgo: 190,
    publishedDaysAgo: 189,
  }),
  capability({
    key: 'uha-fire-testing',
    organization: 'uha',
    createdBy: 'valorisation.uha@spillover.demo',
    kind: 'EQUIPMENT',
    status: 'PUBLISHED',
    title: 'Fire-behaviour testing of polymers, textiles and composites',
    description:
      'Measurement of heat release, ignition time and smoke production, and flammability classification of polymers, textiles and composites, to develop flame-retardant materials before certification tests.',
    technologyAreas: ['EB03', 'EB14', 'EC08'],
    sectors: ['22', '72'],
    contact: 'valorisation.uha@spillover.demo',
    availability: 'About ten test days a month',
    visibility: 'PUBLIC',
    model: 'Cone calorimeter (ISO 5660-1) and UL 94 flammability chamber',
    location: 'Université de Haute-Alsace, Mulhouse, France',
    bookingTerms:
      'Tests run by laboratory staff; book three weeks ahead. Academic partners in joint projects pay consumables only.',
    createdDaysAgo: 120,
    publishedDaysAgo: 119,
  }),
  capability({
    key: 'rhin-fc-integration',
    organization: 'rhin-hydrogen-mobility',
    createdBy: 'ceo.rhinh2@spillover.demo',
    kind: 'EXPERTISE',
    status: 'PUBLISHED',
    title: 'Fuel-cell system integration in buses and utility vehicles',
    description:
      'Integration of fuel-cell systems, hydrogen storage and batteries into city buses and utility vehicles: packaging, thermal management, energy management software and type approval.',
    technologyAreas: ['EF05', 'EA18'],
    sectors: ['29'],
    trl: 8,
    contact: 'ceo.rhinh2@spillover.demo',
    availability: 'Integration studies and demonstrator builds',
    visibility: 'PUBLIC',
    createdDaysAgo: 170,
    publishedDaysAgo: 169,
  }),

  // ---- Finland ----
  capability({
    key: 'vtt-black-mass',
    organization: 'vtt',
    createdBy: 'partnering.vtt@spillover.demo',
    kind: 'EXPERTISE',
    status: 'PUBLISHED',
    title: 'Hydrometallurgical recycling of battery black mass',
    description:
      'Leaching, solvent extraction and precipitation processes that recover lithium, nickel, cobalt and manganese from black mass, developed from laboratory to pilot scale with techno-economic and life-cycle assessment.',
    technologyAreas: ['EF12', 'EF06', 'EC03'],
    sectors: ['38', '20', '72'],
    trl: 5,
    contact: 'partnering.vtt@spillover.demo',
    availability: 'Bilateral projects or international consortia co-funded by Business Finland',
    visibility: 'PUBLIC',
    createdDaysAgo: 75,
    publishedDaysAgo: 74,
  }),
  capability({
    key: 'pohjola-electrolyser-container',
    organization: 'pohjola-hydrogen',
    createdBy: 'ceo.pohjola@spillover.demo',
    kind: 'EQUIPMENT',
    status: 'DRAFT',
    title: 'Containerised 1 MW PEM electrolyser for pilot projects',
    description:
      'A 1 MW PEM electrolyser in a 20-foot container that we can lend to pilot projects.',
    technologyAreas: ['EF05'],
    sectors: ['28', '35'],
    contact: 'ceo.pohjola@spillover.demo',
    visibility: 'PUBLIC',
    model: 'PH-1000 container',
    createdDaysAgo: 2,
    publishedDaysAgo: null,
  }),
  capability({
    key: 'business-finland-cofunding',
    organization: 'business-finland',
    createdBy: 'programmes.bf@spillover.demo',
    kind: 'SERVICE',
    status: 'PUBLISHED',
    title: 'Co-funding for Finnish partners in international R&D consortia',
    description:
      'Finnish companies and research organizations that join international consortia can apply for national co-funding of their share. We advise on eligibility and timing so that the Finnish and partner-country decisions arrive together.',
    technologyAreas: ['EF05', 'EF06', 'EF12'],
    sectors: ['84'],
    contact: 'programmes.bf@spillover.demo',
    availability: 'Advice before each international call',
    visibility: 'PUBLIC',
    createdDaysAgo: 365,
    publishedDaysAgo: 364,
  }),
];

// ---------------------------------------------------------------------------------------
// From relative data to values and instants (shared by the seeder and the spec)
// ---------------------------------------------------------------------------------------

const countryOf = new Map<string, string>(DEMO_ORGANIZATIONS.map((o) => [o.key, o.country]));
const displayNameOf = new Map<string, string>(DEMO_USERS.map((u) => [u.email, u.displayName]));

/**
 * A deadline `days` after `now`, at the end of a working day where the owner is: 18:00 in
 * Korea (09:00 UTC), 17:00–18:00 in Europe depending on summer time (16:00 UTC).
 */
export function demoDeadline(now: Date, days: number, country: string): Date {
  const day = new Date(now.getTime() + days * DAY_MS);
  return new Date(
    Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), country === 'KR' ? 9 : 16),
  );
}

const daysBefore = (now: Date, days: number): Date => new Date(now.getTime() - days * DAY_MS);

export interface DemoNeedTimes {
  createdAt: Date;
  publishedAt: Date | null;
  closedAt: Date | null;
  responseDeadline: Date | null;
}

/** When the need was written, published and closed, and its deadline, seen from `now`. */
export function demoNeedTimes(need: DemoNeed, now: Date): DemoNeedTimes {
  const responseDeadline =
    need.deadlineInDays === null
      ? null
      : demoDeadline(now, need.deadlineInDays, countryOf.get(need.organization) ?? 'KR');
  let closedAt: Date | null = null;
  // The expiry job closes a need shortly after its deadline; owners close it when they decide.
  if (need.closeReason === 'EXPIRED' && responseDeadline)
    closedAt = new Date(responseDeadline.getTime() + 10 * 60 * 1000);
  else if (need.closedDaysAgo !== null) closedAt = daysBefore(now, need.closedDaysAgo);
  return {
    createdAt: daysBefore(now, need.createdDaysAgo),
    publishedAt: need.publishedDaysAgo === null ? null : daysBefore(now, need.publishedDaysAgo),
    closedAt,
    responseDeadline,
  };
}

/** The need's values as the API's create and publish calls would receive them. */
export function demoNeedValues(
  need: DemoNeed,
  organizationId: (key: DemoOrganizationKey) => string,
  responseDeadline: Date | null,
): NeedDraftInput {
  return {
    title: need.title,
    publicSummary: need.publicSummary,
    confidentialDetails: need.confidentialDetails,
    desiredOutcome: need.desiredOutcome,
    technologyAreas: [...need.technologyAreas],
    sectors: [...need.sectors],
    currentTrl: need.currentTrl,
    targetTrl: need.targetTrl,
    budgetMin: need.budgetMin,
    budgetMax: need.budgetMax,
    currency: need.currency,
    responseDeadline,
    collaborationTypes: [...need.collaborationTypes],
    internationalPartnersWelcome: need.internationalPartnersWelcome ?? false,
    visibility: need.visibility,
    invitedOrganizationIds: need.invited.map(organizationId),
  };
}

export interface DemoCapabilityTimes {
  createdAt: Date;
  publishedAt: Date | null;
  archivedAt: Date | null;
}

export function demoCapabilityTimes(capability: DemoCapability, now: Date): DemoCapabilityTimes {
  return {
    createdAt: daysBefore(now, capability.createdDaysAgo),
    publishedAt:
      capability.publishedDaysAgo === null ? null : daysBefore(now, capability.publishedDaysAgo),
    archivedAt:
      capability.archivedDaysAgo === null ? null : daysBefore(now, capability.archivedDaysAgo),
  };
}

/** The capability's values as the API's create and publish calls would receive them. */
export function demoCapabilityValues(
  capability: DemoCapability,
  organizationId: (key: DemoOrganizationKey) => string,
): CapabilityDraftInput {
  return {
    kind: capability.kind,
    title: capability.title,
    description: capability.description,
    technologyAreas: [...capability.technologyAreas],
    sectors: [...capability.sectors],
    trl: capability.trl,
    contactName:
      capability.contact === null ? null : (displayNameOf.get(capability.contact) ?? null),
    contactEmail: capability.contact,
    availability: capability.availability,
    visibility: capability.visibility,
    invitedOrganizationIds: capability.invited.map(organizationId),
    model: capability.model,
    location: capability.location,
    bookingTerms: capability.bookingTerms,
    patentNumber: capability.patentNumber,
    licensingStatus: capability.licensingStatus,
  };
}
