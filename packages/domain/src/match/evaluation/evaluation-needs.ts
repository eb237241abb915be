// The evaluation's needs and their judgements. Each pair was judged by reading both texts
// as a technology-transfer officer would, BEFORE any tuning of the score:
//   2 credible  — a partner worth introducing for this need;
//   1 adjacent  — related know-how, worth a look but not the answer;
//   0 wrong     — listed ones are tempting (same words, cluster, field or TRL) but would not help.
// Every pair not listed was read too and judged 0: a different technology and product.
//
// The split is fixed: `part` is written on each need and never changes. Tune on the
// TUNING part only; HELD_OUT is for reporting (see README, "Matches").
import type { CollaborationType } from '../../need/need';

export type EvaluationPart = 'TUNING' | 'HELD_OUT';
export type Grade = 0 | 1 | 2;

export interface EvaluationNeed {
  id: string;
  part: EvaluationPart;
  language: 'ko' | 'en' | 'mixed';
  country: string;
  region: string | null;
  title: string;
  summary: string;
  technologyAreas: readonly string[];
  sectors: readonly string[];
  trlCurrent: number | null;
  trlTarget: number | null;
  collaborationTypes: readonly CollaborationType[];
  internationalPartnersWelcome: boolean;
  /** Capability id → grade and the one-line reason. */
  judgements: Readonly<Record<string, readonly [Grade, string]>>;
  /** Capabilities whose organizations worked with the need's before (context the score reads). */
  earlierCollaborations?: readonly string[];
}

const RC: CollaborationType = 'RESEARCH_COOPERATION';
const TC: CollaborationType = 'TECHNICAL_COOPERATION';
const LI: CollaborationType = 'LICENSE';
const SV: CollaborationType = 'SERVICE';
const EQ: CollaborationType = 'EQUIPMENT_ACCESS';

const need = (
  id: string,
  part: EvaluationPart,
  language: EvaluationNeed['language'],
  place: string,
  title: string,
  summary: string,
  areas: string,
  sectors: string,
  trl: [number | null, number | null],
  collaborationTypes: readonly CollaborationType[],
  judgements: EvaluationNeed['judgements'],
  extra: Partial<Pick<EvaluationNeed, 'internationalPartnersWelcome' | 'earlierCollaborations'>> = {},
): EvaluationNeed => {
  const [country, region] = place.includes('-') ? [place.slice(0, 2), place] : [place, null];
  return {
    id,
    part,
    language,
    country,
    region,
    title,
    summary,
    technologyAreas: areas.split(' '),
    sectors: sectors.split(' ').filter(Boolean),
    trlCurrent: trl[0],
    trlTarget: trl[1],
    collaborationTypes,
    internationalPartnersWelcome: extra.internationalPartnersWelcome ?? false,
    judgements,
    ...(extra.earlierCollaborations ? { earlierCollaborations: extra.earlierCollaborations } : {}),
  };
};

export const EVALUATION_NEEDS: readonly EvaluationNeed[] = [
  // Hydrogen and fuel cells
  need('n01', 'TUNING', 'ko', 'KR-48', '연료전지 분리판 코팅 내식성 개선',
    '금속 분리판이 부식되어 스택 성능이 1,000시간 이상 유지되지 않습니다. 분리판 코팅 공정을 개선할 파트너를 찾습니다.',
    'EF05', '29', [4, 6], [RC, TC], {
      c01: [2, 'Coats metallic bipolar plates against corrosion: exactly the problem'],
      c61: [0, 'Hydrogen station safety: hydrogen code only'],
      c41: [1, 'Anti-corrosion coatings, but thick offshore systems, not conductive thin films'],
      c02: [1, 'Same stack, different problem (cooling)'],
      c29: [1, 'Salt-spray and humidity chambers could test the coated plates'],
      c04: [0, 'Electrolyser stack: hydrogen, same cluster, but no coating know-how'],
      c58: [0, 'Fuel-cell diagnostics: same field, does not fix corrosion'],
    }, { earlierCollaborations: ['c04'] }),
  need('n02', 'TUNING', 'en', 'DE-BW', 'Fuel-cell bipolar plate supplier for truck stacks',
    'We integrate PEM stacks for heavy trucks and seek a supplier or development partner for formed and coated metallic bipolar plates at pilot volume.',
    'EF05 EA18', '29', [6, 8], [SV, TC], {
      c01: [2, 'Forms and coats metallic bipolar plates'],
      c62: [0, 'Fuel-cell forklift leasing: a mature fuel-cell service, not plates'],
      c50: [1, 'Press dies and prototypes: could make forming tools for plates'],
      c14: [0, 'Mature supplier of magnesium parts: supplier, wrong product'],
      c03: [0, 'Hydrogen tank test bench: same region and field, not plates'],
    }, { internationalPartnersWelcome: true }),
  need('n03', 'TUNING', 'ko', 'KR-48', '수소 트럭용 연료전지 스택 냉각 성능 향상',
    '고출력 운전 시 스택 온도가 기준 이상으로 올라가 출력이 제한됩니다. 냉각 유로 설계와 열관리 개선이 필요합니다.',
    'EF05 EA18', '29', [4, 6], [RC, TC], {
      c02: [2, 'Stack cooling channel design and CFD: the answer'],
      c62: [0, 'Fuel-cell forklift leasing'],
      c58: [1, 'Fuel-cell system diagnostics can see thermal faults'],
      c01: [1, 'Bipolar plates carry the cooling channels'],
      c45: [0, 'Thermal machinery (ORC), not stack cooling'],
      c31: [0, 'Electric drive motor: same vehicle, different part'],
    }),
  need('n04', 'TUNING', 'mixed', 'KR-48', 'Type IV 수소 저장용기 반복 가압 시험 (pressure cycle test)',
    'Type IV 수소 저장용기 인증을 위해 반복 가압 시험과 파열 시험 설비가 필요합니다. Test to UN R134.',
    'EF05 EB14', '29', [6, 7], [EQ, SV], {
      c03: [2, 'Accredited pressure cycle and burst bench for Type IV vessels'],
      c16: [1, 'Fatigue test machines, but not for pressurised hydrogen vessels'],
      c05: [1, 'Hydrogen embrittlement tests of vessel steels'],
      c29: [0, 'Environmental chambers: "test" and "reliability", not pressure vessels'],
      c07: [0, 'Battery abuse tests: testing service, wrong product'],
    }),
  need('n05', 'TUNING', 'en', 'KR-27', 'PEM electrolyser stack durability',
    'Our PEM electrolyser stacks lose efficiency after 2,000 hours; we want to understand membrane and catalyst degradation and extend stack life.',
    'EF05', '28', [5, 7], [RC, TC], {
      c04: [2, 'Designs PEM electrolyser stacks and has MEA durability data'],
      c42: [1, 'Electrolysis, but solid oxide: different cells'],
      c01: [1, 'Coated bipolar plates matter in electrolysers too'],
      c58: [1, 'Diagnostics of PEM cells (fuel cells) transfer partly'],
      c09: [0, 'Recovers metals from batteries, not electrolysers'],
    }),
  need('n06', 'HELD_OUT', 'ko', 'KR-47', '수소 배관용 강재의 수소취성 평가',
    '수소 배관에 사용할 강재가 고압 수소 환경에서 수소취성이 생기는지 평가하고 소재를 선정하려고 합니다.',
    'EB01 EF05', '24', [3, 5], [RC, SV], {
      c05: [2, 'Hydrogen embrittlement tests and steel design'],
      c03: [1, 'High-pressure hydrogen test bench, for vessels'],
      c16: [1, 'Fracture toughness tests, without hydrogen'],
      c12: [0, 'Steel hot stamping: steel, same cluster, unrelated'],
      c59: [0, 'Brazing: a metal joining shop'],
    }),
  // Batteries
  need('n07', 'TUNING', 'ko', 'KR-47', '전기차 배터리 잔존수명(SOH) 예측 알고리즘',
    '운행 데이터로 배터리 건강상태와 잔존수명을 예측하여 교체 시기를 정하려고 합니다. 데이터 분석 파트너를 찾습니다.',
    'EF06 EE10', '29', [4, 6], [RC, TC], {
      c06: [2, 'Machine-learning SOH and remaining-life estimation of Li-ion batteries'],
      c68: [0, 'Forecasting with machine learning, of retail sales'],
      c63: [0, 'Battery swapping stations: battery code only'],
      c07: [1, 'Abuse tests could supply degradation data, not models'],
      c18: [0, 'Predictive maintenance of machinery: AI and "failure prediction", wrong asset'],
      c17: [0, 'Gait EMG deep learning: shares the AI code only'],
      c21: [0, 'Manufacturing data platform: "data", wrong problem'],
    }, { earlierCollaborations: ['c18'] }),
  need('n08', 'TUNING', 'en', 'KR-27', 'Thermal runaway propagation test of an ESS battery rack',
    'We need UL 9540A thermal propagation testing of our energy storage rack before certification.',
    'EF06 EB14', '35', [6, 7], [SV, EQ], {
      c07: [2, 'Runs UL 9540A thermal propagation tests of ESS racks'],
      c71: [0, 'Composition analysis: a test lab, wrong test'],
      c26: [1, 'Large-scale fire tests; not battery-specific'],
      c06: [0, 'Battery state estimation: battery, not testing'],
      c29: [0, 'Reliability chambers: testing, wrong hazard'],
    }),
  need('n09', 'HELD_OUT', 'ko', 'KR-48', '실리콘 음극재 기술 라이선스 도입',
    '고용량 이차전지를 위해 실리콘 음극재 제조 기술을 라이선스로 도입하고 양산 공정을 개발하려고 합니다.',
    'EF06 EB06', '27', [4, 6], [LI, TC], {
      c08: [2, 'Licensable silicon-carbon anode patent'],
      c60: [1, 'Battery materials IP, but solid electrolyte'],
      c09: [0, 'Battery recycling: battery field, wrong stage of the life'],
      c10: [0, 'Module assembly lines: battery, not materials'],
    }),
  need('n10', 'TUNING', 'en', 'FR', 'Recovering lithium, nickel and cobalt from black mass',
    'We collect spent EV batteries and want a process to recover lithium, nickel and cobalt from the black mass at pilot scale.',
    'EF12 EF06', '38', [4, 6], [RC, TC], {
      c09: [2, 'Hydrometallurgical recovery of Li, Ni, Co from black mass'],
      c48: [0, 'Plastic pyrolysis: recycling, wrong material'],
      c44: [0, 'Wastewater treatment: separation, not metal recovery'],
      c08: [0, 'Anode materials: battery, not recycling'],
    }, { internationalPartnersWelcome: true }),
  need('n11', 'HELD_OUT', 'ko', 'KR-47', '배터리 모듈 조립 라인 자동화 공급업체',
    '신규 배터리 모듈 양산 라인을 구축하려 합니다. 조립 자동화 설비를 공급하고 함께 개발할 업체를 찾습니다.',
    'EA14 EF06', '28', [6, 8], [SV, TC], {
      c10: [2, 'Supplies battery module assembly lines in series'],
      c76: [0, 'Smart factory consulting'],
      c63: [0, 'Battery swapping stations'],
      c23: [1, 'Force-controlled cobot assembly, a piece of such a line'],
      c20: [1, 'Vision picking for robots, a piece of such a line'],
      c21: [0, 'MES data platform: factory, not assembly equipment'],
      c06: [0, 'Battery SOH algorithm: battery, not manufacturing'],
    }),
  need('n12', 'HELD_OUT', 'mixed', 'KR-47', '전고체 배터리 sulfide solid electrolyte 공동연구',
    '황화물계 고체전해질의 이온전도도와 수분 안정성을 높이는 공동연구 파트너를 찾습니다 (all-solid-state battery).',
    'EF06 EB06', '27', [2, 4], [RC, LI], {
      c60: [2, 'Patented sulfide solid electrolyte with moisture stability'],
      c08: [1, 'Battery materials IP (anode)'],
      c09: [0, 'Battery recycling'],
      c06: [0, 'Battery algorithms'],
    }),
  // Lightweight materials, forming and joining
  need('n13', 'TUNING', 'ko', 'KR-48', '알루미늄 다이캐스팅 부품의 기공 불량 줄이기',
    '알루미늄 다이캐스팅 차체 부품에서 기공 불량이 3% 이상 발생합니다. 주조 공정 조건과 금형 설계를 개선하려고 합니다.',
    'EB13 EB10 EA17', '29', [5, 7], [RC, TC], {
      c11: [2, 'Vacuum die casting and casting simulation against porosity'],
      c64: [0, 'Aluminium profiles supplier: aluminium, not casting'],
      c65: [0, 'Aluminium wheel forging: aluminium, not casting'],
      c28: [1, 'X-ray CT measures porosity; does not remove it'],
      c14: [0, 'Magnesium extrusion: lightweight code only'],
      c12: [0, 'Steel hot stamping: lightweight code only'],
      c19: [0, 'Vision surface inspection: "불량", but pores are inside'],
      c50: [0, 'Press dies, not casting dies'],
    }),
  need('n14', 'TUNING', 'en', 'KR-47', 'Lightweight B-pillar from hot-stamped boron steel with tailored strength',
    'We want a B-pillar with a soft zone for crash energy absorption, press-hardened in one stage, to save 15% weight.',
    'EA15 EB01 EA17', '29', [5, 7], [RC, TC], {
      c12: [2, 'Hot stamping with tailored strength zones for B-pillars'],
      c79: [0, 'Steel cord: steel code only'],
      c65: [1, 'Lightweight forming (forging), other part and metal'],
      c13: [1, 'Alternative lightweight route (CFRTP)'],
      c50: [1, 'Press dies and prototypes'],
      c11: [0, 'Aluminium die casting: lightweight code only'],
      c14: [0, 'Magnesium supplier: lightweight code only'],
    }),
  need('n15', 'TUNING', 'ko', 'KR-27', '탄소섬유 복합재 배터리 하우징 경량화',
    '전기차 배터리 하우징을 탄소섬유 복합재로 바꾸어 무게를 30% 줄이려고 합니다. 성형 공정 개발 파트너를 찾습니다.',
    'EB04 EB10 EF06', '29', [4, 6], [RC, TC], {
      c13: [2, 'CFRTP forming for battery enclosures'],
      c40: [1, 'Fibre-reinforced plastic moulding simulation'],
      c07: [0, 'Battery abuse tests: battery code only'],
      c14: [0, 'Magnesium supplier: lightweight code only'],
      c10: [0, 'Battery module lines: battery code only'],
    }, { internationalPartnersWelcome: true }),
  need('n16', 'HELD_OUT', 'en', 'KR-48', 'Joining aluminium to steel in a multi-material car body',
    'Our next body-in-white mixes aluminium and steel sheets; we need a joining process with enough joint strength and no corrosion issues.',
    'EB12 EB10 EA17', '29', [4, 6], [RC, TC], {
      c15: [2, 'Friction stir welding of aluminium to steel'],
      c75: [0, 'Sells laser welding heads: equipment, not a joining solution'],
      c59: [1, 'Aluminium brazing, a joining know-how, other product'],
      c56: [1, 'Welding automation, ships, steel only'],
      c12: [0, 'Steel hot stamping: steel and lightweight codes only'],
      c11: [0, 'Aluminium die casting'],
    }),
  need('n17', 'TUNING', 'ko', 'KR-27', '마그네슘 합금 시트 프레임 양산 공급처',
    '경량 시트 프레임용 마그네슘 합금 부품을 양산 공급할 업체를 찾습니다.',
    'EB10 EA17', '29', [8, 9], [SV], {
      c14: [2, 'Supplies magnesium seat frame parts in series'],
      c64: [0, 'Mature aluminium profile supplier for buildings'],
      c11: [1, 'Aluminium die casting: another light-metal route'],
      c13: [0, 'CFRTP research: lightweight, not a supplier'],
      c12: [0, 'Steel hot stamping: a lightweight code only'],
    }),
  need('n18', 'TUNING', 'en', 'KR-27', 'Fatigue testing of welded suspension arms',
    'We need fatigue life tests of welded steel suspension arms on servo-hydraulic rigs.',
    'EB14 EA17', '29', [6, 7], [EQ, SV], {
      c16: [2, 'Servo-hydraulic fatigue tests of parts and welds'],
      c71: [0, 'Composition analysis'],
      c28: [1, 'CT can find weld defects before tests'],
      c29: [0, 'Environmental chambers: testing, wrong load'],
      c15: [0, 'Welding research, not testing'],
    }),
  // AI, vision, data, digital twins
  need('n19', 'TUNING', 'ko', 'KR-47', '프레스 부품 표면 스크래치 자동 검사',
    '육안 검사로는 프레스 부품의 스크래치와 찍힘을 놓칩니다. 머신비전 자동 검사 시스템을 도입하려고 합니다.',
    'EE13 EA15', '29', [5, 7], [TC, SV], {
      c19: [2, 'Deep-learning inspection of scratches on press parts'],
      c69: [0, 'Face recognition: vision code only'],
      c80: [0, 'Display process data: defects, wrong product'],
      c20: [1, 'Machine vision, for picking'],
      c22: [0, 'Press line digital twin: "press", wrong problem'],
      c54: [0, 'Lidar perception: vision code only'],
      c50: [0, 'Press dies'],
    }),
  need('n20', 'TUNING', 'en', 'KR-47', 'Gearbox bearing failure prediction from vibration data',
    'Unplanned stops of our conveyor gearboxes cost hours; we want to predict bearing failures from vibration data.',
    'EE10 EA20', '28', [5, 7], [TC, SV], {
      c18: [2, 'Vibration-based bearing and gearbox failure prediction'],
      c68: [0, 'Retail forecasting: machine learning only'],
      c43: [1, 'Vibration/acoustic structural monitoring, of blades'],
      c53: [1, 'Wear of bearings and gears, but coatings'],
      c06: [0, 'Battery SOH: AI and "prediction", wrong asset'],
      c17: [0, 'Gait EMG: AI code only'],
    }),
  need('n21', 'HELD_OUT', 'ko', 'KR-27', '보행 재활 로봇용 근전도 신호 분석',
    '뇌졸중 환자용 보행 재활 로봇이 환자의 보행 의도를 인식하도록 근전도 신호를 분석할 연구 파트너를 찾습니다.',
    'LC13 EE10', '32', [3, 5], [RC], {
      c17: [2, 'EMG-based gait phase recognition for assistive devices'],
      c67: [0, 'Medical image AI: medical AI, other signal'],
      c37: [1, 'Biosignal processing (ECG)'],
      c23: [0, 'Cobot force control: robot, not rehabilitation'],
      c18: [0, 'Vibration AI'],
    }),
  need('n22', 'TUNING', 'en', 'KR-48', 'Bin picking of randomly placed castings',
    'Robots should pick randomly placed castings from bins and place them on the machining fixture.',
    'EA04 EE13', '28', [6, 8], [TC, SV], {
      c20: [2, '3D vision bin picking of random parts'],
      c70: [0, 'Vacuum-cleaner SLAM: robots and vision codes only'],
      c19: [1, 'Vision for parts, for inspection'],
      c23: [1, 'Robot assembly with force control'],
      c24: [0, 'Mobile robot path planning and "placement": robots, wrong task'],
      c11: [0, 'Castings, but making them'],
    }),
  need('n23', 'TUNING', 'mixed', 'KR-27', '타이어 창고 AGV path planning',
    '타이어 물류 창고의 AGV 30대가 서로 막히지 않도록 path planning과 교통 제어가 필요합니다.',
    'EA04 EI10', '52', [6, 8], [TC, SV], {
      c24: [2, 'Path planning and traffic control of AGV fleets'],
      c70: [1, 'Coverage path planning for one household robot'],
      c62: [0, 'Forklift leasing: logistics, not planning'],
      c54: [1, 'Perception and path planning for vehicles on roads'],
      c22: [0, 'Digital twin of presses'],
      c20: [0, 'Robot picking'],
    }, { internationalPartnersWelcome: true }),
  need('n24', 'TUNING', 'ko', 'KR-27', '공정 데이터 기반 사출성형 불량 예측',
    '사출성형 설비의 공정 데이터를 수집하여 불량을 미리 예측하고 성형 조건을 조정하려고 합니다.',
    'EE18 EC08', '22', [4, 6], [TC], {
      c21: [2, 'Collects process data from MES/PLC to predict quality defects'],
      c80: [1, 'Yield analysis from process data, for displays'],
      c76: [0, 'Smart factory consulting: no analytics'],
      c40: [1, 'Injection moulding simulation, not data-driven'],
      c18: [0, 'Predictive maintenance: prediction, wrong target'],
      c06: [0, 'Battery data models'],
    }),
  need('n25', 'HELD_OUT', 'en', 'KR-48', 'Digital twin to re-balance a stamping press line',
    'Die changes and buffer sizes limit our press line; we want a digital twin to test layouts before changing the line.',
    'EE15 EA14', '29', [5, 7], [TC], {
      c22: [2, 'Digital twins of press lines for throughput and die changes'],
      c76: [0, 'Smart factory consulting'],
      c21: [1, 'Factory data platform feeding a twin'],
      c50: [0, 'Press dies'],
      c55: [0, '5G factory networks'],
    }),
  // Robotics and welding
  need('n26', 'TUNING', 'ko', 'KR-48', '조선 블록 용접 변형 저감',
    '선체 블록 용접 후 변형을 교정하는 데 많은 시간이 듭니다. 용접 변형을 예측하고 줄이는 기술이 필요합니다.',
    'EA11 EB12', '30', [5, 7], [RC, TC], {
      c56: [2, 'Simulation and automation against block welding distortion'],
      c25: [1, 'Welding robot programming'],
      c41: [0, 'Offshore coatings: ships, not welding'],
      c15: [0, 'Friction stir welding of thin car sheets'],
    }),
  need('n27', 'TUNING', 'en', 'KR-48', 'Offline programming of welding robots for low-volume parts',
    'Teaching our welding robots for every new low-volume part takes days; we want offline programming from CAD.',
    'EA04 EB12', '28', [7, 8], [SV, TC], {
      c25: [2, 'CAD-based offline programming of welding robots'],
      c75: [0, 'Laser welding heads: welding hardware'],
      c56: [1, 'Welding automation in shipyards'],
      c23: [1, 'Robot programming with force control'],
      c24: [0, 'Mobile robot paths'],
    }),
  // Testing facilities
  need('n28', 'TUNING', 'ko', 'KR-48', '건축 외장재 화재 확산 실대형 시험',
    '새로 개발한 외장 패널의 화재 확산 성능을 실대형 시험으로 평가받아야 합니다.',
    'EI11 EI04', '23', [7, 8], [SV, EQ], {
      c26: [2, 'Runs large-scale facade fire spread tests'],
      c61: [0, 'Hydrogen station safety: safety code only'],
      c39: [0, 'Flame-retardant textiles: fire, not facades or testing'],
      c07: [0, 'Battery thermal runaway tests: fire, wrong product'],
      c29: [0, 'Environmental chambers'],
    }),
  need('n29', 'HELD_OUT', 'en', 'KR-47', 'EMC pre-compliance testing of a motor inverter',
    'Conducted and radiated emission tests of our motor inverter before CISPR 25 certification.',
    'ED13 ED03', '27', [6, 7], [SV, EQ], {
      c27: [2, 'EMC chamber for CISPR 25 emission tests'],
      c77: [0, 'PV inverters: power electronics code only'],
      c30: [1, 'Inverter design, can cut emissions at the source'],
      c29: [0, 'Reliability chambers: testing, not EMC'],
      c31: [0, 'Motor design'],
    }),
  need('n30', 'TUNING', 'ko', 'KR-48', '전장부품 염수분무·열충격 신뢰성 시험',
    '자동차 전장부품의 염수분무, 열충격, 고온고습 신뢰성 시험을 의뢰하려고 합니다.',
    'EB14 ED11', '29', [6, 7], [SV, EQ], {
      c29: [2, 'Salt spray, thermal shock and humidity chambers'],
      c27: [1, 'EMC tests of the same parts'],
      c16: [0, 'Mechanical fatigue tests'],
      c28: [0, 'CT inspection'],
    }),
  // Electrical and electronic
  need('n31', 'TUNING', 'ko', 'KR-27', '전기차 구동모터 소음·진동 저감 설계',
    '구동모터의 토크 리플로 인한 소음이 기준을 넘습니다. 전자기 설계를 바꾸어 소음과 진동을 줄이려고 합니다.',
    'ED02 EA18', '29', [5, 7], [RC, TC], {
      c31: [2, 'IPMSM design against torque ripple and noise'],
      c74: [0, 'EV charging stations'],
      c30: [1, 'Inverter switching affects motor noise'],
      c18: [0, 'Vibration monitoring: "진동", wrong problem'],
      c53: [0, 'Gear friction coatings'],
    }),
  need('n32', 'HELD_OUT', 'en', 'KR-47', 'SiC traction inverter for an electric bus',
    'We need a higher-efficiency traction inverter for our electric bus and want to move to SiC power modules.',
    'ED03 EA18', '29', [4, 6], [RC, TC], {
      c30: [2, 'SiC MOSFET traction inverter design'],
      c77: [1, 'Inverter design know-how, for PV'],
      c74: [0, 'EV charging: electric vehicles code only'],
      c31: [1, 'Traction motor design'],
      c27: [1, 'EMC testing of inverters'],
      c46: [0, 'Factory demand response: power, not drives'],
    }),
  need('n33', 'HELD_OUT', 'ko', 'KR-47', '실내 공기질 측정용 저전력 가스 센서',
    '실내 공기질 모니터에 들어갈 저전력 VOC·CO2 가스 센서를 개발하려고 합니다.',
    'ED10 EH01', '26', [3, 5], [RC], {
      c33: [2, 'Low-power MEMS gas sensors for VOC and CO2'],
      c73: [0, 'Water meter sensors: sensors code only'],
      c34: [0, 'Printed textile sensors: sensors code only'],
      c37: [0, 'ECG patch'],
    }),
  need('n34', 'TUNING', 'en', 'FI', 'Sensor-integrated smart workwear for firefighters',
    'Firefighter garments that measure body temperature and heart rate; sensors must survive heat and washing.',
    'EC07 ED10', '13', [3, 5], [RC], {
      c34: [2, 'Printed sensors integrated into garments'],
      c39: [1, 'Flame-retardant fabrics for protective clothing'],
      c37: [1, 'Wearable heart monitoring'],
      c26: [0, 'Fire test hall: "fire", wrong product'],
    }, { internationalPartnersWelcome: true }),
  // Health
  need('n35', 'TUNING', 'ko', 'KR-27', '환자 맞춤형 티타늄 척추 임플란트 적층제조',
    '환자 맞춤형 척추 임플란트를 티타늄 3D 프린팅으로 제작하고 인허가까지 진행하려고 합니다.',
    'LC06 EB07', '32', [5, 7], [RC, TC], {
      c35: [2, 'Designs and prints patient-specific titanium spine implants'],
      c72: [0, 'Dental crowns: medical device code only'],
      c51: [1, 'Metal powder bed fusion, not medical'],
      c36: [1, 'Biocompatibility tests for approval'],
      c38: [1, 'Regulatory approval consulting'],
      c49: [1, 'Machining titanium for medical parts'],
    }),
  need('n36', 'HELD_OUT', 'en', 'KR-27', 'Cytotoxicity and irritation tests for a wound dressing',
    'Our hydrogel wound dressing needs ISO 10993 biocompatibility tests for approval.',
    'LC06', '21', [6, 7], [SV], {
      c36: [2, 'ISO 10993 cytotoxicity and irritation tests under GLP'],
      c72: [0, 'Dental crowns'],
      c38: [1, 'Regulatory consulting'],
      c35: [0, 'Implants: medical device code only'],
      c37: [0, 'ECG patch: adhesive patch on skin, different purpose'],
    }),
  need('n37', 'TUNING', 'mixed', 'KR-27', 'Holter ECG 패치 신호 잡음 제거',
    '움직일 때 ECG 패치 신호에 잡음이 커져 부정맥 검출이 어렵습니다. Motion artefact removal 알고리즘이 필요합니다.',
    'LC08 ED10', '32', [4, 6], [RC, TC], {
      c37: [2, 'ECG patch with motion-artefact removal'],
      c17: [1, 'Biosignal (EMG) processing'],
      c33: [0, 'Gas sensors: sensors code only'],
      c34: [0, 'Textile sensors'],
    }),
  // Energy and environment
  need('n38', 'TUNING', 'en', 'KR-47', 'Cutting steam costs: recover low-temperature waste heat in a dyeing plant',
    'Our dyeing plant discharges 90 °C wastewater and exhaust; we want to recover the heat for process steam.',
    'EF01 EA06', '13', [6, 8], [TC, SV], {
      c45: [2, 'Low-temperature waste heat recovery with ORC and heat pumps'],
      c46: [1, 'Factory energy management'],
      c44: [0, 'Treats dyeing wastewater, not its heat'],
      c02: [0, 'Fuel-cell stack thermal management'],
    }),
  need('n39', 'HELD_OUT', 'ko', 'KR-27', '도금 공장 폐수 중금속 제거',
    '도금 공정 폐수의 니켈·크롬 농도가 배출 기준을 넘습니다. 처리 설비 개선이 필요합니다.',
    'EH02 EC03', '25', [6, 8], [SV, TC], {
      c44: [2, 'Membrane treatment of plating wastewater heavy metals'],
      c78: [0, 'Household water filters: water code only'],
      c09: [1, 'Solvent extraction of metals (from batteries)'],
      c48: [0, 'Plastic pyrolysis: environment, wrong stream'],
    }),
  need('n40', 'HELD_OUT', 'en', 'DE-BW', 'Product carbon footprint for the EU battery passport',
    'We must declare the carbon footprint of our battery modules under the EU Battery Regulation.',
    'EH10 EF06', '27', [null, null], [SV], {
      c47: [2, 'ISO 14067 carbon footprints for battery supply chains'],
      c63: [0, 'Battery swapping'],
      c09: [1, 'Recycled content data from recycling'],
      c06: [0, 'Battery algorithms'],
      c10: [0, 'Battery assembly lines'],
    }, { internationalPartnersWelcome: true }),
  // Nothing credible in the catalogue
  need('n41', 'TUNING', 'ko', 'KR-27', '화장품 천연 유화제 안정성 개선',
    '천연 유래 유화제를 쓴 크림 제형이 고온에서 분리됩니다. 제형 안정성을 높일 방안을 찾습니다.',
    'LC12 EC04', '20', [4, 6], [RC], {
      c40: [0, 'Polymer moulding: polymers, not emulsions'],
      c44: [0, 'Membrane separation: "분리", wrong meaning'],
      c36: [0, 'Biocompatibility tests, for devices'],
    }),
  need('n42', 'TUNING', 'en', 'NL-NB', 'Blockchain traceability for a seafood supply chain',
    'Trace fish from the catch to the shop with tamper-proof records shared by all parties.',
    'EE16 EI10', '03 46', [5, 7], [TC], {
      c24: [0, 'Warehouse robots: logistics code only'],
      c21: [0, 'Factory data platform: "data", wrong domain'],
    }),
  need('n43', 'HELD_OUT', 'ko', 'KR-47', '반려동물 사료 기호성 향상 원료',
    '반려동물 사료의 기호성을 높이는 천연 원료와 가공 공정을 개발하려고 합니다.',
    'EC06', '10', [3, 5], [RC], {
      c44: [0, 'Wastewater treatment: bioprocess words only'],
      c48: [0, 'Plastic pyrolysis: bioprocess-sounding words only'],
    }),
  need('n44', 'HELD_OUT', 'en', 'KR-48', 'Quantum key distribution for substation communication',
    'Secure the control links of our substations against future quantum attacks with QKD.',
    'EE17 ED01', '35', [3, 5], [RC], {
      c46: [0, 'Smart grid demand response: power, not security'],
      c55: [0, '5G networks: communication, not QKD'],
    }),
  need('n45', 'TUNING', 'ko', 'KR-48', '소형모듈원자로 증기발생기 전열관 검사',
    'SMR 증기발생기 전열관의 결함을 와전류로 검사하는 기술과 장비가 필요합니다.',
    'EG08 EB14', '35', [4, 6], [RC, SV], {
      c28: [1, 'Non-destructive inspection (CT), not eddy current or tubes'],
      c16: [0, 'Fatigue testing'],
    }),
  need('n46', 'HELD_OUT', 'en', 'KR-48', 'Mooring fatigue design for a floating offshore wind platform',
    'Design the mooring lines of a floating wind platform for 25-year fatigue life.',
    'EF03 EA11', '42', [4, 6], [RC], {
      c43: [1, 'Wind turbine monitoring, blades not moorings'],
      c41: [1, 'Offshore steel protection'],
      c16: [1, 'Fatigue tests of parts'],
      c56: [0, 'Shipbuilding welding'],
    }),
  need('n47', 'HELD_OUT', 'ko', 'KR-47', '스마트팜 딸기 재배용 LED 광원 최적화',
    '스마트팜에서 딸기 수확량을 늘리는 LED 광 파장과 조사 시간을 찾으려고 합니다.',
    'ED09', '01', [4, 6], [RC], {
      c32: [0, 'OLED displays: light-emitting, wrong use'],
      c33: [0, 'Gas sensors for air'],
    }),
  need('n48', 'TUNING', 'en', 'KR-27', 'Scale-up of sourdough starter cultures',
    'Scale up the fermentation of our sourdough starter cultures for industrial bakeries.',
    'EC06', '10', [4, 6], [RC, TC], {
      c44: [0, 'Bioreactor (MBR) for wastewater, not food'],
    }),
];
