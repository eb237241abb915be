// Demo data: a small but realistic cluster programme (three Korean industrial-complex
// clusters run by KICOX regional offices, three partner clusters abroad), so a newcomer who
// starts the platform sees something to click through. Pure data: no I/O, no ids; records
// refer to each other by `key`, and DemoSeeder turns keys into UUIDs.
//
// Firms are fictional (websites use the reserved .example TLD); universities, research
// institutes and agencies are real institutions named as they are publicly known, with
// their public homepages. Every code is typed with the reference lists' literal unions, so
// an unknown code does not compile; demo-data.spec.ts checks what types cannot (a region of
// the wrong country, the organization schema, one ORG_ADMIN per organization, ...).
import type {
  ClusterMembershipStatus,
  CountryCode,
  Language,
  NaceCodeValue,
  OrganizationKind,
  OrganizationSize,
  OrgRole,
  PlatformRole,
  RegionCode,
  TechnologyCode,
} from '@spillover/domain';

/**
 * One password for every demo account, printed at start. It passes checkPassword (12+
 * characters, hard to guess by zxcvbn's estimate, not any demo user's name or e-mail);
 * never use it outside a demo.
 */
export const DEMO_PASSWORD = 'spillover-demo-2026';

/** The platform admin's e-mail doubles as the marker that the demo data is loaded. */
export const DEMO_ADMIN_EMAIL = 'admin@spillover.demo';

export interface DemoOrganization {
  readonly key: string;
  readonly name: string;
  readonly kind: OrganizationKind;
  /** Firms only; null for every other kind, as the organization schema requires. */
  readonly size: OrganizationSize | null;
  readonly country: CountryCode;
  readonly region: RegionCode | null;
  readonly sectors: readonly NaceCodeValue[];
  readonly technologyAreas: readonly TechnologyCode[];
  readonly description: string;
  readonly website: string | null;
}

export const DEMO_ORGANIZATIONS = [
  // ---- Cluster organizations (they run the clusters below) ----
  {
    key: 'kicox-daegu',
    name: '한국산업단지공단(KICOX) 대구지역본부',
    kind: 'CLUSTER_ORGANIZATION',
    size: null,
    country: 'KR',
    region: 'KR-27',
    sectors: ['84', '70'],
    technologyAreas: ['EA14', 'EA17', 'LC06'],
    description:
      '성서산업단지와 대구 지역 산업단지의 산업집적지 경쟁력강화사업을 운영합니다. 미니클러스터를 통해 입주기업의 기술수요를 발굴하고 산학연 협력과 R&DB 과제를 연결합니다.',
    website: 'https://www.kicox.or.kr',
  },
  {
    key: 'kicox-gyeongbuk',
    name: '한국산업단지공단(KICOX) 경북지역본부',
    kind: 'CLUSTER_ORGANIZATION',
    size: null,
    country: 'KR',
    region: 'KR-47',
    sectors: ['84', '70'],
    technologyAreas: ['ED07', 'EA14', 'EF06'],
    description:
      '구미국가산업단지의 전자·디스플레이 산업 클러스터를 운영합니다. 기업 간 협력과 공동 기술개발, 해외 클러스터와의 글로벌 협력을 지원합니다.',
    website: 'https://www.kicox.or.kr',
  },
  {
    key: 'kicox-gyeongnam',
    name: '한국산업단지공단(KICOX) 경남지역본부',
    kind: 'CLUSTER_ORGANIZATION',
    size: null,
    country: 'KR',
    region: 'KR-48',
    sectors: ['84', '70'],
    technologyAreas: ['EA07', 'EF05', 'EA14'],
    description:
      '창원국가산업단지의 기계·수소 클러스터를 운영합니다. 기계 장비 고도화와 수소 부품 국산화를 위한 산학연 컨소시엄 구성을 돕습니다.',
    website: 'https://www.kicox.or.kr',
  },
  {
    key: 'e-mobil-bw',
    name: 'e-mobil BW GmbH',
    kind: 'CLUSTER_ORGANIZATION',
    size: null,
    country: 'DE',
    region: 'DE-BW',
    sectors: ['70', '72'],
    technologyAreas: ['EA18', 'EA17', 'EF05'],
    description:
      "Baden-Württemberg's state agency for new mobility solutions and the automotive industry. It runs the state's automotive cluster and connects suppliers with research partners at home and abroad.",
    website: 'https://www.e-mobilbw.de',
  },
  {
    key: 'brainport-development',
    name: 'Brainport Development N.V.',
    kind: 'CLUSTER_ORGANIZATION',
    size: null,
    country: 'NL',
    region: 'NL-NB',
    sectors: ['70', '84'],
    technologyAreas: ['EA03', 'ED08', 'ED05'],
    description:
      'Economic development organisation of the Brainport Eindhoven region. It brokers collaboration between high-tech SMEs, OEMs and knowledge institutes and leads international partnerships.',
    website: 'https://brainporteindhoven.com',
  },
  {
    key: 'pole-vehicule-du-futur',
    name: 'Pôle Véhicule du Futur',
    kind: 'CLUSTER_ORGANIZATION',
    size: null,
    country: 'FR',
    region: 'FR-GES',
    sectors: ['70', '29'],
    technologyAreas: ['EA09', 'EB10', 'EF05'],
    description:
      'Competitiveness cluster for vehicles and mobility solutions in Grand Est and Bourgogne-Franche-Comté. It labels collaborative R&D projects and helps members find European and international partners.',
    website: 'https://www.vehiculedufutur.com',
  },

  // ---- Daegu (KR-27): automotive parts, machinery, medical devices ----
  {
    key: 'seongseo-precision',
    name: '(주)성서정밀',
    kind: 'FIRM',
    size: 'SMALL',
    country: 'KR',
    region: 'KR-27',
    sectors: ['29', '25'],
    technologyAreas: ['EA17', 'EA02', 'EB10'],
    description:
      '자동차 조향·제동 계통의 정밀 가공 부품을 완성차 1차 협력사에 공급합니다. 전기차 전환에 맞춰 알루미늄 경량 부품과 가공 자동화 기술을 찾고 있습니다.',
    website: 'https://seongseo-precision.example',
  },
  {
    key: 'palgong-mobility',
    name: '(주)팔공모빌리티',
    kind: 'FIRM',
    size: 'LARGE',
    country: 'KR',
    region: 'KR-27',
    sectors: ['29', '27'],
    technologyAreas: ['EA17', 'EA18', 'ED03'],
    description:
      '전기차 구동모듈과 전장부품을 생산하는 자동차부품 1차 협력사입니다. 지역 중소 협력사와 함께 전동화 부품 공동개발 컨소시엄을 주관합니다.',
    website: 'https://palgong-mobility.example',
  },
  {
    key: 'hanbit-autotech',
    name: '(주)한빛오토텍',
    kind: 'FIRM',
    size: 'MEDIUM',
    country: 'KR',
    region: 'KR-27',
    sectors: ['29', '24'],
    technologyAreas: ['EB10', 'EA15', 'EB12'],
    description:
      '핫스탬핑과 알루미늄 압출 공정으로 차체 경량화 부품을 만듭니다. 이종소재 접합 기술을 보유하고 있으며 해외 완성차 공급망 진출을 준비하고 있습니다.',
    website: 'https://hanbit-autotech.example',
  },
  {
    key: 'seongseo-smart-machine',
    name: '성서스마트기계(주)',
    kind: 'FIRM',
    size: 'SMALL',
    country: 'KR',
    region: 'KR-27',
    sectors: ['28'],
    technologyAreas: ['EA08', 'EA14', 'ED12'],
    description:
      'CNC 공작기계와 자동화 셀을 제작합니다. 공작기계 상태 모니터링과 예지보전 기능을 고도화하기 위한 산학 협력 파트너를 찾고 있습니다.',
    website: 'https://seongseo-smart-machine.example',
  },
  {
    key: 'dalgubeol-meditech',
    name: '달구벌메디텍(주)',
    kind: 'FIRM',
    size: 'MICRO',
    country: 'KR',
    region: 'KR-27',
    sectors: ['32', '26'],
    technologyAreas: ['LC06', 'ED10', 'LC13'],
    description:
      '재활 보조용 웨어러블 의료기기를 개발하는 스타트업입니다. 인허가용 임상 데이터와 센서 소형화를 위해 대학병원·연구기관과의 협력을 희망합니다.',
    website: 'https://dalgubeol-meditech.example',
  },
  {
    key: 'daegu-textile-lab',
    name: '대구텍스타일랩(주)',
    kind: 'FIRM',
    size: 'MICRO',
    country: 'KR',
    region: 'KR-27',
    sectors: ['13', '22'],
    technologyAreas: ['EC07', 'EB04'],
    description:
      '자동차 내장재와 산업용 보강재에 쓰이는 기능성 섬유를 개발합니다. 섬유 기반 복합재의 경량화 응용처를 찾고 있습니다.',
    website: 'https://daegu-textile-lab.example',
  },

  // ---- Gumi (KR-47): electronics, displays, smart factory ----
  {
    key: 'gumi-displaytech',
    name: '구미디스플레이텍(주)',
    kind: 'FIRM',
    size: 'MEDIUM',
    country: 'KR',
    region: 'KR-47',
    sectors: ['26'],
    technologyAreas: ['ED07', 'EB05', 'ED05'],
    description:
      'OLED 디스플레이용 박막 봉지 소재와 공정 장비 부품을 공급합니다. 플렉서블 디스플레이의 수명 향상을 위한 공동연구 파트너를 찾고 있습니다.',
    website: 'https://gumi-displaytech.example',
  },
  {
    key: 'gyeongbuk-electronics',
    name: '(주)경북일렉트로닉스',
    kind: 'FIRM',
    size: 'LARGE',
    country: 'KR',
    region: 'KR-47',
    sectors: ['26', '27'],
    technologyAreas: ['ED11', 'ED07', 'EF06'],
    description:
      '가전·차량용 전자부품과 배터리 관리 모듈을 생산합니다. 구미산단 협력사와 함께 스마트공장 확산과 부품 국산화 과제를 추진하고 있습니다.',
    website: 'https://gyeongbuk-electronics.example',
  },
  {
    key: 'geumo-smart-factory',
    name: '(주)금오스마트팩토리',
    kind: 'FIRM',
    size: 'SMALL',
    country: 'KR',
    region: 'KR-47',
    sectors: ['62', '28'],
    technologyAreas: ['EA14', 'EE18', 'EE15'],
    description:
      '중소 제조기업을 위한 MES와 디지털트윈 솔루션을 개발합니다. 구미산단 전자부품 공장에 스마트공장 고도화 사례를 다수 보유하고 있습니다.',
    website: 'https://geumo-smart-factory.example',
  },
  {
    key: 'nakdong-sensor',
    name: '(주)낙동센서',
    kind: 'FIRM',
    size: 'MICRO',
    country: 'KR',
    region: 'KR-47',
    sectors: ['26'],
    technologyAreas: ['ED10', 'EE11'],
    description:
      '산업용 IoT 진동·온도 센서 모듈을 설계합니다. 해외 완성차 부품사와의 실증 기회를 찾고 있습니다.',
    website: 'https://nakdong-sensor.example',
  },
  {
    key: 'gumi-battery-materials',
    name: '(주)구미배터리소재',
    kind: 'FIRM',
    size: 'SMALL',
    country: 'KR',
    region: 'KR-47',
    sectors: ['20', '27'],
    technologyAreas: ['EF06', 'EB06', 'EF12'],
    description:
      '이차전지 양극재 전구체와 폐배터리 재활용 소재를 생산합니다. 재활용 원료의 품질 분석과 공정 최적화 기술이 필요합니다.',
    website: 'https://gumi-battery-materials.example',
  },

  // ---- Changwon (KR-48): machinery, hydrogen ----
  {
    key: 'changwon-hydraulics',
    name: '(주)창원유압기계',
    kind: 'FIRM',
    size: 'MEDIUM',
    country: 'KR',
    region: 'KR-48',
    sectors: ['28'],
    technologyAreas: ['EA05', 'EA07', 'ED02'],
    description:
      '건설기계와 산업기계용 유압 실린더·밸브를 제조합니다. 전동화 유압 시스템 개발을 위해 모터·제어 분야 파트너를 찾고 있습니다.',
    website: 'https://changwon-hydraulics.example',
  },
  {
    key: 'masan-hydrogen',
    name: '(주)마산수소에너지',
    kind: 'FIRM',
    size: 'SMALL',
    country: 'KR',
    region: 'KR-48',
    sectors: ['28', '35'],
    technologyAreas: ['EF05', 'EA06', 'EF09'],
    description:
      '수소충전소용 압축기와 고압 밸브를 개발합니다. 수소 부품 국산화 과제에서 해외 인증 경험이 있는 협력기관을 찾고 있습니다.',
    website: 'https://masan-hydrogen.example',
  },
  {
    key: 'jinhae-precision-mold',
    name: '진해정밀금형',
    kind: 'FIRM',
    size: 'MICRO',
    country: 'KR',
    region: 'KR-48',
    sectors: ['25'],
    technologyAreas: ['EA15', 'EB13'],
    description: '자동차·가전 부품용 프레스 금형과 다이캐스팅 금형을 제작하는 소기업입니다.',
    website: 'https://jinhae-mold.example',
  },

  // ---- Korean universities, research institutes, agencies (real institutions) ----
  {
    key: 'knu',
    name: '경북대학교 산학협력단',
    kind: 'UNIVERSITY',
    size: null,
    country: 'KR',
    region: 'KR-27',
    sectors: ['85', '72'],
    technologyAreas: ['EA17', 'ED07', 'LC06', 'EE10'],
    description:
      '경북대학교의 연구성과 기술이전과 산학공동연구를 담당합니다. 자동차부품, 디스플레이, 의료기기 분야 연구실과 공용장비를 지역 기업에 연결합니다.',
    website: 'https://www.knu.ac.kr',
  },
  {
    key: 'dgist',
    name: '대구경북과학기술원(DGIST)',
    kind: 'UNIVERSITY',
    size: null,
    country: 'KR',
    region: 'KR-27',
    sectors: ['85', '72'],
    technologyAreas: ['EA04', 'EF06', 'EA19', 'LC07'],
    description:
      '로봇, 에너지 저장, 자율주행, 바이오메디컬 분야의 연구중심 과학기술원입니다. 지역 기업과의 공동연구와 기술사업화를 지원합니다.',
    website: 'https://www.dgist.ac.kr',
  },
  {
    key: 'kumoh',
    name: '금오공과대학교 산학협력단',
    kind: 'UNIVERSITY',
    size: null,
    country: 'KR',
    region: 'KR-47',
    sectors: ['85', '72'],
    technologyAreas: ['ED07', 'EA14', 'EE11'],
    description:
      '구미국가산업단지와 가까운 공과대학으로 전자·기계 분야 산학협력을 수행합니다. 스마트공장 실습장과 시제품 제작 지원 장비를 보유하고 있습니다.',
    website: 'https://www.kumoh.ac.kr',
  },
  {
    key: 'changwon-national-university',
    name: '국립창원대학교 산학협력단',
    kind: 'UNIVERSITY',
    size: null,
    country: 'KR',
    region: 'KR-48',
    sectors: ['85', '72'],
    technologyAreas: ['EA07', 'EF05', 'EA04'],
    description:
      '창원국가산업단지 기업과 기계·메카트로닉스·수소 분야 공동연구를 수행합니다. 기업 맞춤형 인력양성과 기술지도 프로그램을 운영합니다.',
    website: 'https://www.changwon.ac.kr',
  },
  {
    key: 'kitech-daegu',
    name: '한국생산기술연구원(KITECH) 대구지역본부',
    kind: 'RESEARCH_INSTITUTE',
    size: null,
    country: 'KR',
    region: 'KR-27',
    sectors: ['72'],
    technologyAreas: ['EA14', 'EB10', 'EA15', 'EB12'],
    description:
      '뿌리기술과 스마트 제조 분야의 공공 연구기관입니다. 경량 부품 성형, 용접·접합, 공정 자동화 장비를 중소기업에 개방하고 기술지원을 합니다.',
    website: 'https://www.kitech.re.kr',
  },
  {
    key: 'geri',
    name: '구미전자정보기술원(GERI)',
    kind: 'RESEARCH_INSTITUTE',
    size: null,
    country: 'KR',
    region: 'KR-47',
    sectors: ['72', '71'],
    technologyAreas: ['ED11', 'ED13', 'EE11'],
    description:
      '전자부품 신뢰성 시험과 전자파 인증, 국방·모바일 전자 분야 기술지원을 수행하는 지역 연구기관입니다.',
    website: 'https://www.geri.re.kr',
  },
  {
    key: 'keri',
    name: '한국전기연구원(KERI)',
    kind: 'RESEARCH_INSTITUTE',
    size: null,
    country: 'KR',
    region: 'KR-48',
    sectors: ['72', '71'],
    technologyAreas: ['ED01', 'ED02', 'EF06', 'ED03'],
    description:
      '전력·전기기기·전지 분야의 정부출연연구기관입니다. 대용량 전력 시험설비와 전동기 성능 평가 장비를 산업계에 제공합니다.',
    website: 'https://www.keri.re.kr',
  },
  {
    key: 'daegu-technopark',
    name: '대구테크노파크',
    kind: 'PUBLIC_AGENCY',
    size: null,
    country: 'KR',
    region: 'KR-27',
    sectors: ['84', '72'],
    technologyAreas: ['EA17', 'LC06', 'EE08'],
    description:
      '대구 지역 산업 육성을 위한 지역혁신기관입니다. 기업 지원사업, 시험·인증 장비, 창업 보육 공간을 운영합니다.',
    website: null,
  },

  // ---- Baden-Württemberg (DE-BW) ----
  {
    key: 'uni-stuttgart',
    name: 'University of Stuttgart',
    kind: 'UNIVERSITY',
    size: null,
    country: 'DE',
    region: 'DE-BW',
    sectors: ['85', '72'],
    technologyAreas: ['EA09', 'EA18', 'EB04'],
    description:
      'Technical university with strong automotive engineering and lightweight design institutes. Its transfer office supports joint projects and licensing with industry.',
    website: 'https://www.uni-stuttgart.de',
  },
  {
    key: 'fraunhofer-ipa',
    name: 'Fraunhofer Institute for Manufacturing Engineering and Automation IPA',
    kind: 'RESEARCH_INSTITUTE',
    size: null,
    country: 'DE',
    region: 'DE-BW',
    sectors: ['72'],
    technologyAreas: ['EA14', 'EA04', 'EF05', 'EE10'],
    description:
      'Applied research on production automation, robotics and hydrogen production technologies. Offers pilot lines and test facilities for contract research with SMEs.',
    website: 'https://www.ipa.fraunhofer.de',
  },
  {
    key: 'schwaben-leichtbau',
    name: 'Schwaben Leichtbau GmbH',
    kind: 'FIRM',
    size: 'MEDIUM',
    country: 'DE',
    region: 'DE-BW',
    sectors: ['29', '22'],
    technologyAreas: ['EB10', 'EB04', 'EA17'],
    description:
      'Supplier of fibre-reinforced and hybrid lightweight structural parts for passenger cars. Looking for Asian partners for aluminium joining and local production.',
    website: 'https://schwaben-leichtbau.example',
  },
  {
    key: 'neckar-antriebstechnik',
    name: 'Neckar Antriebstechnik GmbH',
    kind: 'FIRM',
    size: 'SMALL',
    country: 'DE',
    region: 'DE-BW',
    sectors: ['27', '29'],
    technologyAreas: ['ED02', 'EA18', 'ED03'],
    description:
      'Develops compact electric drive units and inverters for light commercial vehicles and industrial machines.',
    website: 'https://neckar-antrieb.example',
  },
  {
    key: 'stuttgart-powertrain',
    name: 'Stuttgart Powertrain Systems AG',
    kind: 'FIRM',
    size: 'LARGE',
    country: 'DE',
    region: 'DE-BW',
    sectors: ['29'],
    technologyAreas: ['EA18', 'EF05', 'EA17'],
    description:
      'Tier-1 supplier of electric and fuel-cell powertrain systems. Runs an open-innovation programme for start-ups and SMEs from partner clusters.',
    website: 'https://stuttgart-powertrain.example',
  },

  // ---- Brainport Eindhoven (NL-NB) ----
  {
    key: 'tue',
    name: 'Eindhoven University of Technology (TU/e)',
    kind: 'UNIVERSITY',
    size: null,
    country: 'NL',
    region: 'NL-NB',
    sectors: ['85', '72'],
    technologyAreas: ['EA03', 'ED08', 'EE10'],
    description:
      'Research university focused on high-tech systems, photonics and AI. Works with Brainport companies on mechatronics and machine-vision projects.',
    website: 'https://www.tue.nl',
  },
  {
    key: 'tno',
    name: 'TNO',
    kind: 'RESEARCH_INSTITUTE',
    size: null,
    country: 'NL',
    region: 'NL-NB',
    sectors: ['72'],
    technologyAreas: ['ED07', 'ED08', 'EE15'],
    description:
      'Netherlands Organisation for Applied Scientific Research; its Eindhoven teams work on printed and flexible electronics and digital twins for manufacturing.',
    website: 'https://www.tno.nl',
  },
  {
    key: 'kempen-vision',
    name: 'Kempen Vision B.V.',
    kind: 'FIRM',
    size: 'MICRO',
    country: 'NL',
    region: 'NL-NB',
    sectors: ['26', '62'],
    technologyAreas: ['EE13', 'ED10', 'EE10'],
    description:
      'Builds AI-based optical inspection systems for display and electronics production lines.',
    website: 'https://kempen-vision.example',
  },
  {
    key: 'brabant-mechatronics',
    name: 'Brabant Mechatronics B.V.',
    kind: 'FIRM',
    size: 'MEDIUM',
    country: 'NL',
    region: 'NL-NB',
    sectors: ['28'],
    technologyAreas: ['EA03', 'EA04', 'ED05'],
    description:
      'Designs and assembles precision motion modules for semiconductor and display equipment makers. Interested in Korean display supply chains.',
    website: 'https://brabant-mechatronics.example',
  },

  // ---- Grand Est (FR-GES) ----
  {
    key: 'uha',
    name: 'Université de Haute-Alsace',
    kind: 'UNIVERSITY',
    size: null,
    country: 'FR',
    region: 'FR-GES',
    sectors: ['85', '72'],
    technologyAreas: ['EB03', 'EB04', 'EC07'],
    description:
      'University in Mulhouse and Colmar with laboratories in polymer materials, textiles and composites. Partners regularly with the automotive cluster on lightweight parts.',
    website: 'https://www.uha.fr',
  },
  {
    key: 'alsace-composites',
    name: 'Alsace Composites SAS',
    kind: 'FIRM',
    size: 'SMALL',
    country: 'FR',
    region: 'FR-GES',
    sectors: ['22', '29'],
    technologyAreas: ['EB04', 'EB10', 'EC08'],
    description: 'Moulds thermoplastic composite parts for vehicle interiors and battery housings.',
    website: 'https://alsace-composites.example',
  },
  {
    key: 'rhin-hydrogen-mobility',
    name: 'Rhin Hydrogen Mobility SAS',
    kind: 'FIRM',
    size: 'MEDIUM',
    country: 'FR',
    region: 'FR-GES',
    sectors: ['29', '28'],
    technologyAreas: ['EF05', 'EA18'],
    description:
      'Integrates fuel-cell systems into buses and utility vehicles. Seeks suppliers of high-pressure hydrogen components and test partners.',
    website: 'https://rhin-hydrogen.example',
  },

  // ---- Finland (no cluster on the platform yet; they apply to Korean clusters) ----
  {
    key: 'vtt',
    name: 'VTT Technical Research Centre of Finland',
    kind: 'RESEARCH_INSTITUTE',
    size: null,
    country: 'FI',
    region: 'FI-18',
    sectors: ['72'],
    technologyAreas: ['EF05', 'EF06', 'EC10'],
    description:
      'State-owned research and technology organisation. Works on hydrogen production, battery materials and electrochemical processes with industrial partners.',
    website: 'https://www.vttresearch.com',
  },
  {
    key: 'business-finland',
    name: 'Business Finland',
    kind: 'PUBLIC_AGENCY',
    size: null,
    country: 'FI',
    region: 'FI-18',
    sectors: ['84'],
    technologyAreas: ['EF05', 'EF06'],
    description:
      'Finnish government agency for innovation funding and trade promotion; co-funds Finnish partners in international consortia.',
    website: 'https://www.businessfinland.fi',
  },
  {
    key: 'pohjola-hydrogen',
    name: 'Pohjola Hydrogen Oy',
    kind: 'FIRM',
    size: 'SMALL',
    country: 'FI',
    region: 'FI-14',
    sectors: ['28', '35'],
    technologyAreas: ['EF05', 'EC10'],
    description:
      'Oulu-based maker of containerised PEM electrolysers for industrial hydrogen supply.',
    website: 'https://pohjola-hydrogen.example',
  },
] as const satisfies readonly DemoOrganization[];

export type DemoOrganizationKey = (typeof DEMO_ORGANIZATIONS)[number]['key'];

export interface DemoCluster {
  readonly key: string;
  readonly nameEn: string;
  readonly nameKo: string;
  /** Key of the CLUSTER_ORGANIZATION that runs it. */
  readonly organization: DemoOrganizationKey;
  readonly country: CountryCode;
  readonly region: RegionCode | null;
  readonly focusSectors: readonly NaceCodeValue[];
  readonly description: string;
}

export const DEMO_CLUSTERS = [
  {
    key: 'daegu-seongseo',
    nameEn: 'Daegu Seongseo Industrial Complex Mini-Cluster',
    nameKo: '대구 성서산업단지 미니클러스터',
    organization: 'kicox-daegu',
    country: 'KR',
    region: 'KR-27',
    // 32 (other manufacturing) is where NACE puts medical and dental instruments (32.5).
    focusSectors: ['29', '28', '25', '32'],
    description:
      '성서산업단지 입주기업과 지역 대학·연구기관이 함께하는 산학연 미니클러스터입니다. 자동차부품, 기계·금형, 의료기기 분야의 기술수요를 발굴하고 R&DB 컨소시엄과 해외 협력을 연결합니다.',
  },
  {
    key: 'gumi',
    nameEn: 'Gumi National Industrial Complex Cluster',
    nameKo: '구미국가산업단지 클러스터',
    organization: 'kicox-gyeongbuk',
    country: 'KR',
    region: 'KR-47',
    focusSectors: ['26', '27', '28', '62'],
    description:
      '구미국가산업단지의 전자·디스플레이·스마트공장 기업이 참여하는 클러스터입니다. 디스플레이 소재·부품, 이차전지 소재, 스마트공장 고도화 과제를 중심으로 산학연 협력을 지원합니다.',
  },
  {
    key: 'changwon',
    nameEn: 'Changwon Machinery & Hydrogen Cluster',
    nameKo: '창원국가산업단지 기계·수소 클러스터',
    organization: 'kicox-gyeongnam',
    country: 'KR',
    region: 'KR-48',
    // 35 (electricity, gas supply) covers hydrogen production and supply.
    focusSectors: ['28', '25', '30', '35'],
    description:
      '창원국가산업단지의 기계·유압 부품 기업과 수소 에너지 기업이 참여하는 클러스터입니다. 수소 충전·연료전지 부품 국산화와 스마트 기계 장비 개발을 위한 산학연 컨소시엄을 운영합니다.',
  },
  {
    key: 'bw-automotive',
    nameEn: 'Baden-Württemberg Automotive Cluster',
    nameKo: '바덴뷔르템베르크 자동차 클러스터',
    organization: 'e-mobil-bw',
    country: 'DE',
    region: 'DE-BW',
    focusSectors: ['29', '28', '27', '72'],
    description:
      'Automotive suppliers, research institutes and universities in Baden-Württemberg working on electric and fuel-cell drives, lightweight construction and automated production. Partner of Korean automotive-parts mini-clusters.',
  },
  {
    key: 'brainport',
    nameEn: 'Brainport Eindhoven High-Tech Systems Cluster',
    nameKo: '브레인포트 아인트호번 하이테크 시스템 클러스터',
    organization: 'brainport-development',
    country: 'NL',
    region: 'NL-NB',
    focusSectors: ['26', '28', '62', '72'],
    description:
      'High-tech systems cluster of the Eindhoven region: mechatronics, photonics, machine vision and semiconductor equipment. Links SMEs with TU/e and TNO and brokers international R&D consortia.',
  },
  {
    key: 'vehicule-du-futur',
    nameEn: 'Pôle Véhicule du Futur',
    nameKo: '미래자동차 경쟁력 클러스터(Pôle Véhicule du Futur)',
    organization: 'pole-vehicule-du-futur',
    country: 'FR',
    region: 'FR-GES',
    focusSectors: ['29', '22', '27'],
    description:
      'Automotive and mobility competitiveness cluster of Grand Est and Bourgogne-Franche-Comté: lightweight composite parts, hydrogen mobility and vehicle electrification.',
  },
] as const satisfies readonly DemoCluster[];

export type DemoClusterKey = (typeof DEMO_CLUSTERS)[number]['key'];

export interface DemoUser {
  /** Lower case, as the user_account check constraint requires. */
  readonly email: string;
  readonly displayName: string;
  readonly preferredLanguage: Language;
  readonly roles: readonly PlatformRole[];
  readonly memberships: readonly {
    readonly organization: DemoOrganizationKey;
    readonly role: OrgRole;
  }[];
  readonly manages: readonly DemoClusterKey[];
  /**
   * What the start-up banner prints next to the e-mail; users without it still sign in
   * with the demo password, they are just not advertised (the list stays short).
   */
  readonly login?: string;
}

const admin = (organization: DemoOrganizationKey) => [{ organization, role: 'ORG_ADMIN' }] as const;
const member = (organization: DemoOrganizationKey) =>
  [{ organization, role: 'ORG_MEMBER' }] as const;

// Cluster managers work at the cluster organization and are its ORG_ADMIN, which is how
// a KICOX regional office or a foreign cluster agency would appear on the platform.
export const DEMO_USERS: readonly DemoUser[] = [
  {
    email: DEMO_ADMIN_EMAIL,
    displayName: 'Platform admin',
    preferredLanguage: 'en',
    roles: ['ADMIN'],
    memberships: [],
    manages: [],
    login: 'ADMIN (platform)',
  },

  // An independent expert on the hydrogen call's review panel (평가위원), with no organization.
  {
    email: 'reviewer@spillover.demo',
    displayName: 'Yoon Min-ji',
    preferredLanguage: 'en',
    roles: [],
    memberships: [],
    manages: [],
    login: 'REVIEWER · 평가위원 (hydrogen call)',
  },

  // ---- Cluster managers (advertised) ----
  {
    email: 'manager.daegu@spillover.demo',
    displayName: '이서연',
    preferredLanguage: 'ko',
    roles: [],
    memberships: admin('kicox-daegu'),
    manages: ['daegu-seongseo'],
    login: 'CLUSTER_MANAGER · 대구 성서산업단지 미니클러스터',
  },
  {
    email: 'manager.gumi@spillover.demo',
    displayName: '박지훈',
    preferredLanguage: 'ko',
    roles: [],
    memberships: admin('kicox-gyeongbuk'),
    manages: ['gumi'],
    login: 'CLUSTER_MANAGER · 구미국가산업단지 클러스터',
  },
  {
    email: 'manager.changwon@spillover.demo',
    displayName: '정우진',
    preferredLanguage: 'ko',
    roles: [],
    memberships: admin('kicox-gyeongnam'),
    manages: ['changwon'],
    login: 'CLUSTER_MANAGER · 창원 기계·수소 클러스터',
  },
  {
    email: 'manager.bw@spillover.demo',
    displayName: 'Katharina Weber',
    preferredLanguage: 'en',
    roles: [],
    memberships: admin('e-mobil-bw'),
    manages: ['bw-automotive'],
    login: 'CLUSTER_MANAGER · Baden-Württemberg Automotive',
  },
  {
    email: 'manager.eindhoven@spillover.demo',
    displayName: 'Pieter Bakker',
    preferredLanguage: 'en',
    roles: [],
    memberships: admin('brainport-development'),
    manages: ['brainport'],
    login: 'CLUSTER_MANAGER · Brainport Eindhoven',
  },
  {
    email: 'manager.grandest@spillover.demo',
    displayName: 'Camille Laurent',
    preferredLanguage: 'en',
    roles: [],
    memberships: admin('pole-vehicule-du-futur'),
    manages: ['vehicule-du-futur'],
    login: 'CLUSTER_MANAGER · Pôle Véhicule du Futur',
  },

  // ---- Organization people (advertised) ----
  {
    email: 'ceo.seongseo@spillover.demo',
    displayName: '김민준',
    preferredLanguage: 'ko',
    roles: [],
    memberships: admin('seongseo-precision'),
    manages: [],
    login: 'ORG_ADMIN · (주)성서정밀 (firm)',
  },
  {
    email: 'engineer.seongseo@spillover.demo',
    displayName: '최수아',
    preferredLanguage: 'ko',
    roles: [],
    memberships: member('seongseo-precision'),
    manages: [],
    login: 'ORG_MEMBER · (주)성서정밀 (firm)',
  },
  {
    email: 'rnd.gumidisplay@spillover.demo',
    displayName: '강하은',
    preferredLanguage: 'ko',
    roles: [],
    memberships: admin('gumi-displaytech'),
    manages: [],
    login: 'ORG_ADMIN · 구미디스플레이텍(주) (firm)',
  },
  {
    email: 'tlo.knu@spillover.demo',
    displayName: '윤지민',
    preferredLanguage: 'ko',
    roles: [],
    memberships: admin('knu'),
    manages: [],
    login: 'ORG_ADMIN · 경북대학교 산학협력단 (technology transfer)',
  },
  {
    email: 'partnering.ipa@spillover.demo',
    displayName: 'Lukas Schmid',
    preferredLanguage: 'en',
    roles: [],
    memberships: admin('fraunhofer-ipa'),
    manages: [],
    login: 'ORG_ADMIN · Fraunhofer IPA (research institute)',
  },
  {
    email: 'ceo.schwaben@spillover.demo',
    displayName: 'Anna Müller',
    preferredLanguage: 'en',
    roles: [],
    memberships: admin('schwaben-leichtbau'),
    manages: [],
    login: 'ORG_ADMIN · Schwaben Leichtbau GmbH (firm)',
  },
  {
    email: 'ceo.pohjola@spillover.demo',
    displayName: 'Mikko Virtanen',
    preferredLanguage: 'en',
    roles: [],
    memberships: admin('pohjola-hydrogen'),
    manages: [],
    login: 'ORG_ADMIN · Pohjola Hydrogen Oy (pending applicant)',
  },

  // ---- Other ORG_ADMINs, one per remaining organization ----
  {
    email: 'ceo.palgong@spillover.demo',
    displayName: '조현우',
    preferredLanguage: 'ko',
    roles: [],
    memberships: admin('palgong-mobility'),
    manages: [],
  },
  {
    email: 'ceo.hanbit@spillover.demo',
    displayName: '장동현',
    preferredLanguage: 'ko',
    roles: [],
    memberships: admin('hanbit-autotech'),
    manages: [],
  },
  {
    email: 'ceo.seongseosmart@spillover.demo',
    displayName: '임소윤',
    preferredLanguage: 'ko',
    roles: [],
    memberships: admin('seongseo-smart-machine'),
    manages: [],
  },
  {
    email: 'ceo.dalgubeol@spillover.demo',
    displayName: '한승우',
    preferredLanguage: 'ko',
    roles: [],
    memberships: admin('dalgubeol-meditech'),
    manages: [],
  },
  {
    email: 'ceo.textilelab@spillover.demo',
    displayName: '오예린',
    preferredLanguage: 'ko',
    roles: [],
    memberships: admin('daegu-textile-lab'),
    manages: [],
  },
  {
    email: 'ceo.gbelectronics@spillover.demo',
    displayName: '서준호',
    preferredLanguage: 'ko',
    roles: [],
    memberships: admin('gyeongbuk-electronics'),
    manages: [],
  },
  {
    email: 'ceo.geumo@spillover.demo',
    displayName: '신유나',
    preferredLanguage: 'ko',
    roles: [],
    memberships: admin('geumo-smart-factory'),
    manages: [],
  },
  {
    email: 'ceo.nakdong@spillover.demo',
    displayName: '권태양',
    preferredLanguage: 'ko',
    roles: [],
    memberships: admin('nakdong-sensor'),
    manages: [],
  },
  {
    email: 'ceo.gumibattery@spillover.demo',
    displayName: '황보람',
    preferredLanguage: 'ko',
    roles: [],
    memberships: admin('gumi-battery-materials'),
    manages: [],
  },
  {
    email: 'ceo.changwonhyd@spillover.demo',
    displayName: '안재원',
    preferredLanguage: 'ko',
    roles: [],
    memberships: admin('changwon-hydraulics'),
    manages: [],
  },
  {
    email: 'ceo.masanh2@spillover.demo',
    displayName: '송다인',
    preferredLanguage: 'ko',
    roles: [],
    memberships: admin('masan-hydrogen'),
    manages: [],
  },
  {
    email: 'ceo.jinhaemold@spillover.demo',
    displayName: '류성민',
    preferredLanguage: 'ko',
    roles: [],
    memberships: admin('jinhae-precision-mold'),
    manages: [],
  },
  {
    email: 'tlo.dgist@spillover.demo',
    displayName: '배지호',
    preferredLanguage: 'ko',
    roles: [],
    memberships: admin('dgist'),
    manages: [],
  },
  {
    email: 'tlo.kumoh@spillover.demo',
    displayName: '문가영',
    preferredLanguage: 'ko',
    roles: [],
    memberships: admin('kumoh'),
    manages: [],
  },
  {
    email: 'tlo.changwonuniv@spillover.demo',
    displayName: '노태희',
    preferredLanguage: 'ko',
    roles: [],
    memberships: admin('changwon-national-university'),
    manages: [],
  },
  {
    email: 'partnering.kitech@spillover.demo',
    displayName: '양재석',
    preferredLanguage: 'ko',
    roles: [],
    memberships: admin('kitech-daegu'),
    manages: [],
  },
  {
    email: 'partnering.geri@spillover.demo',
    displayName: '홍나래',
    preferredLanguage: 'ko',
    roles: [],
    memberships: admin('geri'),
    manages: [],
  },
  {
    email: 'partnering.keri@spillover.demo',
    displayName: '남궁현',
    preferredLanguage: 'ko',
    roles: [],
    memberships: admin('keri'),
    manages: [],
  },
  {
    email: 'support.dtp@spillover.demo',
    displayName: '백은비',
    preferredLanguage: 'ko',
    roles: [],
    memberships: admin('daegu-technopark'),
    manages: [],
  },
  {
    email: 'transfer.stuttgart@spillover.demo',
    displayName: 'Thomas Becker',
    preferredLanguage: 'en',
    roles: [],
    memberships: admin('uni-stuttgart'),
    manages: [],
  },
  {
    email: 'ceo.neckar@spillover.demo',
    displayName: 'Matthias Krüger',
    preferredLanguage: 'en',
    roles: [],
    memberships: admin('neckar-antriebstechnik'),
    manages: [],
  },
  {
    email: 'innovation.stuttgartpt@spillover.demo',
    displayName: 'Sabine Hoffmann',
    preferredLanguage: 'en',
    roles: [],
    memberships: admin('stuttgart-powertrain'),
    manages: [],
  },
  {
    email: 'valorisation.tue@spillover.demo',
    displayName: 'Eva Jansen',
    preferredLanguage: 'en',
    roles: [],
    memberships: admin('tue'),
    manages: [],
  },
  {
    email: 'partnering.tno@spillover.demo',
    displayName: 'Jan de Vries',
    preferredLanguage: 'en',
    roles: [],
    memberships: admin('tno'),
    manages: [],
  },
  {
    email: 'ceo.kempen@spillover.demo',
    displayName: 'Inge Smits',
    preferredLanguage: 'en',
    roles: [],
    memberships: admin('kempen-vision'),
    manages: [],
  },
  {
    email: 'ceo.brabantmech@spillover.demo',
    displayName: 'Ruud van Dijk',
    preferredLanguage: 'en',
    roles: [],
    memberships: admin('brabant-mechatronics'),
    manages: [],
  },
  {
    email: 'valorisation.uha@spillover.demo',
    displayName: 'Julien Moreau',
    preferredLanguage: 'en',
    roles: [],
    memberships: admin('uha'),
    manages: [],
  },
  {
    email: 'ceo.alsacecomp@spillover.demo',
    displayName: 'Sophie Martin',
    preferredLanguage: 'en',
    roles: [],
    memberships: admin('alsace-composites'),
    manages: [],
  },
  {
    email: 'ceo.rhinh2@spillover.demo',
    displayName: 'Nicolas Girard',
    preferredLanguage: 'en',
    roles: [],
    memberships: admin('rhin-hydrogen-mobility'),
    manages: [],
  },
  {
    email: 'partnering.vtt@spillover.demo',
    displayName: 'Aino Korhonen',
    preferredLanguage: 'en',
    roles: [],
    memberships: admin('vtt'),
    manages: [],
  },
  {
    email: 'programmes.bf@spillover.demo',
    displayName: 'Laura Nieminen',
    preferredLanguage: 'en',
    roles: [],
    memberships: admin('business-finland'),
    manages: [],
  },

  // ---- ORG_MEMBERs: researchers and engineers working alongside their admins ----
  {
    email: 'researcher.knu@spillover.demo',
    displayName: '이도윤',
    preferredLanguage: 'ko',
    roles: [],
    memberships: member('knu'),
    manages: [],
  },
  {
    email: 'engineer.gumidisplay@spillover.demo',
    displayName: '김태리',
    preferredLanguage: 'ko',
    roles: [],
    memberships: member('gumi-displaytech'),
    manages: [],
  },
  {
    email: 'researcher.kitech@spillover.demo',
    displayName: '최민호',
    preferredLanguage: 'ko',
    roles: [],
    memberships: member('kitech-daegu'),
    manages: [],
  },
  {
    email: 'engineer.palgong@spillover.demo',
    displayName: '정하린',
    preferredLanguage: 'ko',
    roles: [],
    memberships: member('palgong-mobility'),
    manages: [],
  },
  {
    email: 'researcher.ipa@spillover.demo',
    displayName: 'Felix Wagner',
    preferredLanguage: 'en',
    roles: [],
    memberships: member('fraunhofer-ipa'),
    manages: [],
  },
  {
    email: 'engineer.schwaben@spillover.demo',
    displayName: 'Jonas Fischer',
    preferredLanguage: 'en',
    roles: [],
    memberships: member('schwaben-leichtbau'),
    manages: [],
  },
];

/** The accounts printed at start, in list order. */
export const DEMO_LOGINS: readonly { readonly email: string; readonly role: string }[] =
  DEMO_USERS.flatMap((user) =>
    user.login === undefined ? [] : [{ email: user.email, role: user.login }],
  );

export interface DemoClusterMembership {
  readonly cluster: DemoClusterKey;
  readonly organization: DemoOrganizationKey;
  readonly status: ClusterMembershipStatus;
  readonly message: string;
  /** Set on REJECTED (the transition requires a reason); null otherwise. */
  readonly reason: string | null;
  // Relative to the moment of seeding, so the demo looks recent whenever it is loaded.
  readonly appliedDaysAgo: number;
  /** Null while PENDING; decided by the cluster's manager. */
  readonly decidedDaysAgo: number | null;
}

const active = (
  cluster: DemoClusterKey,
  organization: DemoOrganizationKey,
  appliedDaysAgo: number,
  message = '',
): DemoClusterMembership => ({
  cluster,
  organization,
  status: 'ACTIVE',
  message,
  reason: null,
  appliedDaysAgo,
  decidedDaysAgo: appliedDaysAgo - 3,
});

const pending = (
  cluster: DemoClusterKey,
  organization: DemoOrganizationKey,
  appliedDaysAgo: number,
  message: string,
): DemoClusterMembership => ({
  cluster,
  organization,
  status: 'PENDING',
  message,
  reason: null,
  appliedDaysAgo,
  decidedDaysAgo: null,
});

export const DEMO_CLUSTER_MEMBERSHIPS: readonly DemoClusterMembership[] = [
  // Daegu Seongseo
  active(
    'daegu-seongseo',
    'seongseo-precision',
    410,
    '성서산업단지 자동차부품 미니클러스터 참여를 신청합니다.',
  ),
  active('daegu-seongseo', 'palgong-mobility', 400),
  active('daegu-seongseo', 'hanbit-autotech', 380),
  active('daegu-seongseo', 'seongseo-smart-machine', 350),
  active(
    'daegu-seongseo',
    'dalgubeol-meditech',
    200,
    '의료기기 인허가 협력 파트너를 찾고자 가입을 신청합니다.',
  ),
  active('daegu-seongseo', 'knu', 420),
  active('daegu-seongseo', 'dgist', 300),
  active('daegu-seongseo', 'kitech-daegu', 415),
  active('daegu-seongseo', 'daegu-technopark', 418),
  pending(
    'daegu-seongseo',
    'daegu-textile-lab',
    4,
    '자동차 내장재용 기능성 섬유를 개발하는 성서산업단지 입주기업입니다. 경량 복합재 과제에 참여하고자 미니클러스터 가입을 신청합니다.',
  ),

  // Gumi
  active('gumi', 'gumi-displaytech', 390),
  active('gumi', 'gyeongbuk-electronics', 395),
  active(
    'gumi',
    'geumo-smart-factory',
    260,
    '스마트공장 공급기업으로서 클러스터 회원사 고도화 과제에 참여하고자 합니다.',
  ),
  active('gumi', 'nakdong-sensor', 150),
  active('gumi', 'gumi-battery-materials', 120),
  active('gumi', 'kumoh', 400),
  active('gumi', 'geri', 398),
  active('gumi', 'knu', 240),
  pending(
    'gumi',
    'brabant-mechatronics',
    6,
    'We build precision motion modules for display equipment and would like to join the Gumi cluster to find Korean partners for a joint R&DB project.',
  ),

  // Changwon
  active('changwon', 'changwon-hydraulics', 330),
  active('changwon', 'masan-hydrogen', 280, '수소충전소 부품 국산화 컨소시엄 참여를 희망합니다.'),
  active('changwon', 'jinhae-precision-mold', 210),
  active('changwon', 'changwon-national-university', 340),
  active('changwon', 'keri', 335),
  active(
    'changwon',
    'hanbit-autotech',
    90,
    '창원 지역 완성차 협력사와의 경량 부품 협력을 위해 두 번째 클러스터로 가입합니다.',
  ),
  pending(
    'changwon',
    'pohjola-hydrogen',
    2,
    'Finnish PEM electrolyser maker. We are looking for Korean partners in compressors and high-pressure valves for a hydrogen refuelling pilot and would like to join the cluster.',
  ),
  pending(
    'changwon',
    'vtt',
    9,
    'VTT would like to join as a research partner for hydrogen and electrochemistry projects with Changwon firms, co-funded through Business Finland.',
  ),

  // Baden-Württemberg
  active('bw-automotive', 'uni-stuttgart', 370),
  active('bw-automotive', 'fraunhofer-ipa', 365),
  active('bw-automotive', 'schwaben-leichtbau', 250),
  active('bw-automotive', 'neckar-antriebstechnik', 180),
  active('bw-automotive', 'stuttgart-powertrain', 360),
  pending(
    'bw-automotive',
    'seongseo-precision',
    3,
    'We are a precision automotive parts maker from the Daegu Seongseo mini-cluster. We would like to join to find German partners for lightweight aluminium parts (global R&DB).',
  ),

  // Brainport Eindhoven
  active('brainport', 'tue', 380),
  active('brainport', 'tno', 375),
  active('brainport', 'kempen-vision', 140),
  active('brainport', 'brabant-mechatronics', 300),

  // Pôle Véhicule du Futur
  active('vehicule-du-futur', 'uha', 360),
  active('vehicule-du-futur', 'alsace-composites', 230),
  active('vehicule-du-futur', 'rhin-hydrogen-mobility', 190),
  {
    cluster: 'vehicule-du-futur',
    organization: 'nakdong-sensor',
    status: 'REJECTED',
    message: 'We would like to test our IoT vibration sensors with French automotive suppliers.',
    reason:
      'Membership is open to organisations established in Grand Est or Bourgogne-Franche-Comté. Please work with us through the partnership with your own cluster (Gumi) instead.',
    appliedDaysAgo: 40,
    decidedDaysAgo: 35,
  },
];
