// Generated data for the search benchmark: organizations in clusters, capabilities and needs
// written by bulk INSERT … SELECT generate_series, with text composed from the vocabularies
// of the industries Korean and European clusters work in, in English and Korean, tagged
// with the platform's taxonomy codes. Deterministic (setseed) so runs compare.
// The search documents are written by the SearchDocuments triggers as the rows go in.

export interface DataSize {
  organizations: number;
  capabilities: number;
  needs: number;
}

interface Domain {
  codes: string[];
  sectors: string[];
  en: { objects: string[]; actions: string[]; uses: string[] };
  ko: { objects: string[]; actions: string[]; uses: string[] };
}

/** What the generated text is about: each domain its taxonomy codes, NACE divisions and words. */
export const DOMAINS: Domain[] = [
  {
    codes: ['EF05', 'EA18', 'EF09'],
    sectors: ['27', '28', '35', '20'],
    en: {
      objects: [
        'fuel cell stack',
        'PEM electrolyser',
        'hydrogen storage tank',
        'bipolar plate',
        'membrane electrode assembly',
        'hydrogen refuelling station',
        'solid oxide fuel cell',
        'hydrogen compressor',
      ],
      actions: [
        'Lightweight design of',
        'Durability testing of',
        'Cost reduction for',
        'Coating technology for',
        'Leak detection in',
        'Thermal management of',
      ],
      uses: [
        'heavy-duty trucks',
        'hydrogen buses',
        'stationary power',
        'forklifts',
        'port logistics',
      ],
    },
    ko: {
      objects: [
        '연료전지 스택',
        '수전해 장치',
        '수소 저장용기',
        '분리판',
        '막전극접합체',
        '수소충전소',
        '고체산화물 연료전지',
        '수소 압축기',
      ],
      actions: ['경량화', '내구성 평가', '원가 절감', '코팅 기술', '누설 검지', '열관리'],
      uses: ['수소 트럭', '수소 버스', '발전용', '지게차', '항만 물류'],
    },
  },
  {
    codes: ['EF06', 'NC07', 'EB06', 'EC10'],
    sectors: ['27', '20'],
    en: {
      objects: [
        'lithium-ion cell',
        'solid-state battery',
        'battery pack',
        'cathode material',
        'anode coating',
        'battery management system',
        'separator film',
        'electrolyte additive',
      ],
      actions: [
        'Fast charging of',
        'Recycling of',
        'Safety testing of',
        'Energy density improvement for',
        'Thermal runaway prevention in',
        'Formation process for',
      ],
      uses: ['electric vehicles', 'energy storage systems', 'e-bikes', 'drones', 'home batteries'],
    },
    ko: {
      objects: [
        '리튬이온 전지',
        '전고체 배터리',
        '배터리 팩',
        '양극재',
        '음극 코팅',
        '배터리 관리 시스템',
        '분리막',
        '전해액 첨가제',
      ],
      actions: [
        '급속 충전',
        '재활용',
        '안전성 시험',
        '에너지 밀도 향상',
        '열폭주 방지',
        '화성 공정',
      ],
      uses: ['전기차', '에너지저장장치', '전기자전거', '드론', '가정용 배터리'],
    },
  },
  {
    codes: ['EB10', 'EA17', 'EB04', 'EA09', 'EB01'],
    sectors: ['29', '24', '25'],
    en: {
      objects: [
        'aluminium body panel',
        'carbon fibre composite',
        'magnesium casting',
        'hot stamping part',
        'battery housing',
        'crash box',
        'seat frame',
        'hybrid joining',
      ],
      actions: [
        'Weight reduction of',
        'Forming simulation for',
        'Joining technology for',
        'Corrosion protection of',
        'Fatigue analysis of',
        'Die casting of',
      ],
      uses: [
        'passenger cars',
        'electric vehicles',
        'commercial vehicles',
        'railway vehicles',
        'motorcycles',
      ],
    },
    ko: {
      objects: [
        '알루미늄 차체 패널',
        '탄소섬유 복합재',
        '마그네슘 주조',
        '핫스탬핑 부품',
        '배터리 하우징',
        '크래시 박스',
        '시트 프레임',
        '이종 접합',
      ],
      actions: ['경량화', '성형 해석', '접합 기술', '부식 방지', '피로 해석', '다이캐스팅'],
      uses: ['승용차', '전기차', '상용차', '철도차량', '이륜차'],
    },
  },
  {
    codes: ['EA14', 'ED12', 'EE18', 'EE15', 'EE11'],
    sectors: ['28', '62', '26'],
    en: {
      objects: [
        'digital twin',
        'manufacturing execution system',
        'predictive maintenance',
        'machine vision inspection',
        'industrial IoT gateway',
        'collaborative robot cell',
        'energy monitoring',
        'production scheduling',
      ],
      actions: [
        'Deployment of',
        'Integration of',
        'AI-based optimisation of',
        'Retrofit of',
        'Data analytics for',
        'Cybersecurity for',
      ],
      uses: [
        'SME factories',
        'injection moulding lines',
        'assembly lines',
        'food processing plants',
        'metal machining shops',
      ],
    },
    ko: {
      objects: [
        '디지털 트윈',
        '제조실행시스템',
        '예지보전',
        '머신비전 검사',
        '산업용 사물인터넷 게이트웨이',
        '협동로봇 셀',
        '에너지 모니터링',
        '생산 스케줄링',
      ],
      actions: ['구축', '연동', '인공지능 기반 최적화', '노후설비 개선', '데이터 분석', '보안'],
      uses: ['중소기업 공장', '사출 라인', '조립 라인', '식품 공장', '금속가공 공장'],
    },
  },
  {
    codes: ['LC06', 'LC07', 'EB07', 'LC13'],
    sectors: ['32', '26', '86'],
    en: {
      objects: [
        'wearable ECG patch',
        'surgical robot',
        'ultrasound probe',
        'implant coating',
        'in-vitro diagnostic kit',
        'rehabilitation exoskeleton',
        'infusion pump',
        'dental scanner',
      ],
      actions: [
        'Clinical validation of',
        'Miniaturisation of',
        'Biocompatibility testing of',
        'Regulatory approval for',
        'Signal processing for',
        'Sterilisation of',
      ],
      uses: ['hospitals', 'home care', 'elderly care', 'dental clinics', 'emergency medicine'],
    },
    ko: {
      objects: [
        '웨어러블 심전도 패치',
        '수술 로봇',
        '초음파 프로브',
        '임플란트 코팅',
        '체외진단 키트',
        '재활 외골격',
        '수액 펌프',
        '구강 스캐너',
      ],
      actions: ['임상 검증', '소형화', '생체적합성 평가', '인허가', '신호처리', '멸균'],
      uses: ['병원', '재택 의료', '노인 돌봄', '치과', '응급의료'],
    },
  },
  {
    codes: ['EC07', 'EB03', 'EB04'],
    sectors: ['13', '14', '22'],
    en: {
      objects: [
        'technical textile',
        'smart fabric',
        'recycled polyester yarn',
        'aramid fibre',
        'nonwoven filter',
        'dyeing process',
        'functional coating',
        'protective clothing',
      ],
      actions: [
        'Development of',
        'Eco-friendly processing of',
        'Performance testing of',
        'Water-saving finishing for',
        'Mass production of',
        'Upcycling of',
      ],
      uses: [
        'outdoor apparel',
        'automotive interiors',
        'medical textiles',
        'firefighter gear',
        'filtration',
      ],
    },
    ko: {
      objects: [
        '산업용 섬유',
        '스마트 원단',
        '재생 폴리에스터 원사',
        '아라미드 섬유',
        '부직포 필터',
        '염색 공정',
        '기능성 코팅',
        '방호복',
      ],
      actions: ['개발', '친환경 가공', '성능 평가', '절수형 가공', '양산', '업사이클링'],
      uses: ['아웃도어 의류', '자동차 내장재', '의료용 섬유', '소방복', '여과'],
    },
  },
  {
    codes: ['ED07', 'ED08', 'EB05', 'ED09'],
    sectors: ['26', '27'],
    en: {
      objects: [
        'OLED panel',
        'micro LED',
        'quantum dot film',
        'flexible display',
        'thin-film encapsulation',
        'display driver IC',
        'transparent electrode',
        'laser lift-off',
      ],
      actions: [
        'Yield improvement for',
        'Inspection of',
        'Process development for',
        'Lifetime extension of',
        'Low-power design of',
        'Transfer printing of',
      ],
      uses: ['smartphones', 'automotive displays', 'AR glasses', 'signage', 'televisions'],
    },
    ko: {
      objects: [
        'OLED 패널',
        '마이크로 LED',
        '퀀텀닷 필름',
        '플렉서블 디스플레이',
        '박막 봉지',
        '디스플레이 구동칩',
        '투명 전극',
        '레이저 리프트오프',
      ],
      actions: ['수율 향상', '검사', '공정 개발', '수명 연장', '저전력 설계', '전사 인쇄'],
      uses: ['스마트폰', '차량용 디스플레이', 'AR 글래스', '사이니지', 'TV'],
    },
  },
  {
    codes: ['ED04', 'ED05', 'ED11', 'ED06'],
    sectors: ['26'],
    en: {
      objects: [
        'power semiconductor',
        'SiC wafer',
        'wire bonding',
        'chip packaging',
        'photoresist',
        'etching equipment',
        'test socket',
        'GaN transistor',
      ],
      actions: [
        'Reliability testing of',
        'Process optimisation for',
        'Defect analysis of',
        'Localisation of',
        'Thermal design of',
        'Yield analysis for',
      ],
      uses: [
        'electric vehicles',
        '5G base stations',
        'data centres',
        'inverters',
        'consumer electronics',
      ],
    },
    ko: {
      objects: [
        '전력반도체',
        'SiC 웨이퍼',
        '와이어 본딩',
        '칩 패키징',
        '포토레지스트',
        '식각 장비',
        '테스트 소켓',
        'GaN 트랜지스터',
      ],
      actions: ['신뢰성 평가', '공정 최적화', '불량 분석', '국산화', '열설계', '수율 분석'],
      uses: ['전기차', '5G 기지국', '데이터센터', '인버터', '가전'],
    },
  },
  {
    codes: ['EA04', 'EE10', 'EE13', 'EA03'],
    sectors: ['28', '27'],
    en: {
      objects: [
        'autonomous mobile robot',
        'robot gripper',
        'welding robot',
        'vision-guided picking',
        'robot controller',
        'servo actuator',
        'humanoid hand',
        'path planning',
      ],
      actions: [
        'Development of',
        'Safety certification for',
        'Teaching-free programming of',
        'Calibration of',
        'Force control for',
        'Deep learning for',
      ],
      uses: [
        'logistics warehouses',
        'shipyards',
        'agriculture',
        'semiconductor fabs',
        'construction sites',
      ],
    },
    ko: {
      objects: [
        '자율주행 이동로봇',
        '로봇 그리퍼',
        '용접 로봇',
        '비전 기반 피킹',
        '로봇 제어기',
        '서보 액추에이터',
        '휴머노이드 핸드',
        '경로 계획',
      ],
      actions: ['개발', '안전 인증', '티칭리스 프로그래밍', '캘리브레이션', '힘 제어', '딥러닝'],
      uses: ['물류 창고', '조선소', '농업', '반도체 공장', '건설 현장'],
    },
  },
  {
    codes: ['EH02', 'EH04', 'EF12', 'EH01'],
    sectors: ['36', '37', '38', '39'],
    en: {
      objects: [
        'wastewater treatment',
        'membrane bioreactor',
        'plastic recycling',
        'sludge drying',
        'VOC abatement',
        'heavy metal removal',
        'waste heat recovery',
        'biogas upgrading',
      ],
      actions: [
        'Pilot testing of',
        'Energy saving in',
        'Monitoring of',
        'Scale-up of',
        'Process design for',
        'Odour control in',
      ],
      uses: [
        'industrial complexes',
        'dyeing factories',
        'municipal plants',
        'chemical plants',
        'food factories',
      ],
    },
    ko: {
      objects: [
        '폐수 처리',
        '분리막 생물반응기',
        '플라스틱 재활용',
        '슬러지 건조',
        'VOC 저감',
        '중금속 제거',
        '폐열 회수',
        '바이오가스 정제',
      ],
      actions: ['실증', '에너지 절감', '모니터링', '스케일업', '공정 설계', '악취 저감'],
      uses: ['산업단지', '염색 공장', '공공 처리장', '화학 공장', '식품 공장'],
    },
  },
  {
    codes: ['EA15', 'EB12', 'EB13', 'EA02', 'EA08'],
    sectors: ['25', '24', '28'],
    en: {
      objects: [
        'injection mould',
        'press die',
        'laser welding',
        'powder metallurgy part',
        'precision machining',
        'heat treatment',
        'surface polishing',
        'additive manufacturing',
      ],
      actions: [
        'Cycle time reduction for',
        'Quality improvement of',
        'Wear-resistant coating for',
        'Simulation of',
        'Automation of',
        'Dimensional inspection of',
      ],
      uses: [
        'automotive parts',
        'home appliances',
        'aerospace components',
        'medical implants',
        'mobile phones',
      ],
    },
    ko: {
      objects: [
        '사출 금형',
        '프레스 금형',
        '레이저 용접',
        '분말야금 부품',
        '정밀 가공',
        '열처리',
        '표면 연마',
        '적층 제조',
      ],
      actions: ['사이클타임 단축', '품질 향상', '내마모 코팅', '해석', '자동화', '치수 검사'],
      uses: ['자동차 부품', '가전', '항공 부품', '의료용 임플란트', '휴대폰'],
    },
  },
];

const SENTENCES = {
  en: [
    'We are looking for a partner with proven experience.',
    'Joint research with a university or institute is welcome.',
    'A demonstration at our plant is planned for next year.',
    'The project fits the regional cluster programme.',
    'We can provide test samples and measurement data.',
    'Results should be ready for pilot production.',
    'Our team has ten years of experience in this field.',
    'Equipment can be booked by cluster members.',
    'International partners from Europe are welcome.',
    'Funding through a consortium call is planned.',
  ],
  ko: [
    '산학협력을 통한 공동연구를 희망합니다.',
    '기술이전 및 사업화까지 함께할 파트너를 찾습니다.',
    '내년 실증을 목표로 하고 있습니다.',
    '지역 산업단지 클러스터 사업과 연계됩니다.',
    '시제품과 시험 데이터를 제공할 수 있습니다.',
    '양산 적용이 가능한 수준을 목표로 합니다.',
    '관련 분야 10년 이상의 연구 경험을 보유하고 있습니다.',
    '클러스터 회원사는 장비를 예약하여 사용할 수 있습니다.',
    '유럽 기업과의 국제 공동연구도 환영합니다.',
    '컨소시엄 공모 사업 신청을 계획하고 있습니다.',
  ],
};

const literal = (text: string) => `'${text.replace(/'/g, "''")}'`;
const array = (items: readonly string[]) => `ARRAY[${items.map(literal).join(', ')}]::text[]`;
/** A random element of an SQL array expression (random() per evaluation). */
const pick = (arrayExpr: string) =>
  `(${arrayExpr})[1 + floor(random() * cardinality(${arrayExpr}))::int]`;

const domainRows = DOMAINS.map(
  (d, i) =>
    `(${i + 1}, ${array(d.codes)}, ${array(d.sectors)}, ${array(d.en.objects)}, ${array(d.en.actions)}, ${array(d.en.uses)}, ${array(d.ko.objects)}, ${array(d.ko.actions)}, ${array(d.ko.uses)})`,
).join(',\n  ');

/** The statements that fill an empty, migrated database, in order, in one session. */
export function dataStatements(size: DataSize): { label: string; sql: string }[] {
  const n = DOMAINS.length;
  return [
    { label: 'seed', sql: `SELECT setseed(0.4242)` },
    {
      label: 'vocabularies',
      sql: `CREATE TEMP TABLE bench_domain (id int PRIMARY KEY, codes text[], sectors text[], en_obj text[], en_act text[], en_use text[], ko_obj text[], ko_act text[], ko_use text[]);
INSERT INTO bench_domain VALUES
  ${domainRows};
CREATE TEMP TABLE bench_words AS SELECT ${array(SENTENCES.en)} AS en_sent, ${array(SENTENCES.ko)} AS ko_sent,
  ${array(['대구', '경북', '한빛', '세종', '미래', '동아', '태성', '신화', '대성', '우진', '한울', '새한', '광명', '청림', '성서', '구미', '포항', '창원', '울산', '천안', '오송', '광주', '전주', '여수'])} AS ko_pre,
  ${array(['정밀', '테크', '소재', '에너지', '메디칼', '섬유', '디스플레이', '로보틱스', '오토텍', '하이텍', '환경', '전자'])} AS ko_suf,
  ${array(['Nordic', 'Rhein', 'Alpine', 'Seoul', 'Busan', 'Lyon', 'Baltic', 'Pacific', 'Hanse', 'Garonne', 'Kanto', 'Basque', 'Aurora', 'Meridian', 'Helix', 'Vertex'])} AS en_pre,
  ${array(['Precision', 'Materials', 'Energy', 'MedTech', 'Textiles', 'Displays', 'Robotics', 'Mobility', 'Systems', 'Photonics', 'CleanTech', 'Semicon'])} AS en_suf`,
    },
    {
      label: `${size.organizations} organizations`,
      sql: `INSERT INTO organization (name, kind, size, country, region, sectors, technology_areas, description, created_at)
SELECT x.name, o.kind, CASE WHEN o.kind = 'FIRM' THEN (ARRAY['MICRO','SMALL','MEDIUM','LARGE'])[1 + floor(random() * 4)::int] END,
       o.country, x.region, d.sectors[1:2], d.codes[1:2], x.description, now() - random() * interval '3 years'
  FROM (
    SELECT g, r.*,
      CASE WHEN r.rk < 0.70 THEN 'FIRM' WHEN r.rk < 0.82 THEN 'UNIVERSITY' WHEN r.rk < 0.94 THEN 'RESEARCH_INSTITUTE' WHEN r.rk < 0.97 THEN 'PUBLIC_AGENCY' ELSE 'CLUSTER_ORGANIZATION' END AS kind,
      CASE WHEN r.rc < 0.65 THEN 'KR' WHEN r.rc < 0.75 THEN 'DE' WHEN r.rc < 0.83 THEN 'FR' WHEN r.rc < 0.87 THEN 'FI' WHEN r.rc < 0.92 THEN 'US' WHEN r.rc < 0.97 THEN 'JP' ELSE 'ES' END AS country
    FROM generate_series(1, ${size.organizations}) g
    CROSS JOIN LATERAL (SELECT random() AS rk, random() AS rc, 1 + floor(random() * ${n})::int AS dom, g AS gg) r
  ) o
  JOIN bench_domain d ON d.id = o.dom
  CROSS JOIN LATERAL (SELECT
    CASE o.country
      WHEN 'KR' THEN ${pick(`ARRAY['KR-11','KR-26','KR-27','KR-28','KR-29','KR-30','KR-31','KR-41','KR-44','KR-47','KR-48','KR-50']`)}
      WHEN 'DE' THEN ${pick(`ARRAY['DE-BY','DE-BW','DE-SN','DE-NW']`)}
      WHEN 'FR' THEN ${pick(`ARRAY['FR-ARA','FR-GES','FR-IDF','FR-OCC']`)}
      WHEN 'FI' THEN ${pick(`ARRAY['FI-18','FI-11','FI-06']`)}
      WHEN 'US' THEN ${pick(`ARRAY['US-CA','US-MI','US-TX']`)}
      WHEN 'JP' THEN ${pick(`ARRAY['JP-13','JP-23','JP-27']`)}
      ELSE ${pick(`ARRAY['ES-CT','ES-MD']`)} END AS region,
    CASE WHEN o.country = 'KR' THEN
      CASE o.kind WHEN 'UNIVERSITY' THEN ${pick('w.ko_pre')} || '대학교 산학협력단 ' || o.g
                  WHEN 'RESEARCH_INSTITUTE' THEN '한국' || ${pick('w.ko_suf')} || '연구원 ' || o.g
                  WHEN 'CLUSTER_ORGANIZATION' THEN ${pick('w.ko_pre')} || ' ' || ${pick('w.ko_suf')} || ' 미니클러스터 ' || o.g
                  WHEN 'PUBLIC_AGENCY' THEN ${pick('w.ko_pre')} || '테크노파크 ' || o.g
                  ELSE '(주)' || ${pick('w.ko_pre')} || ${pick('w.ko_suf')} || ' ' || o.g END
    ELSE
      CASE o.kind WHEN 'UNIVERSITY' THEN 'University of ' || ${pick('w.en_pre')} || ' ' || o.g
                  WHEN 'RESEARCH_INSTITUTE' THEN ${pick('w.en_pre')} || ' Institute for ' || ${pick('w.en_suf')} || ' ' || o.g
                  WHEN 'CLUSTER_ORGANIZATION' THEN ${pick('w.en_pre')} || ' ' || ${pick('w.en_suf')} || ' Cluster ' || o.g
                  WHEN 'PUBLIC_AGENCY' THEN ${pick('w.en_pre')} || ' Innovation Agency ' || o.g
                  ELSE ${pick('w.en_pre')} || ' ' || ${pick('w.en_suf')} || ' ' || ${pick(`ARRAY['GmbH','SAS','Oy','Inc.','Co., Ltd.']`)} || ' ' || o.g END
    END AS name,
    CASE WHEN o.country = 'KR'
      THEN ${pick('d.ko_obj')} || ' 및 ' || ${pick('d.ko_obj')} || ' 분야의 ' || ${pick('d.ko_act')} || ' 전문 기관입니다. ' || ${pick('w.ko_sent')}
      ELSE 'We work on ' || ${pick('d.en_obj')} || ' and ' || ${pick('d.en_obj')} || ' for ' || ${pick('d.en_use')} || '. ' || ${pick('w.en_sent')}
    END AS description, o.g AS gg
    FROM bench_words w) x`,
    },
    {
      label: 'clusters and memberships',
      sql: `INSERT INTO cluster (name_en, name_ko, organization_id, country, region, focus_sectors, description)
SELECT 'Cluster of ' || o.name, o.name || ' 클러스터', o.id, o.country, o.region, o.sectors, '' FROM organization o WHERE o.kind = 'CLUSTER_ORGANIZATION';
-- Most organizations are ACTIVE in one or two clusters of their country; some applications are PENDING.
INSERT INTO cluster_membership (cluster_id, organization_id, status, applied_at, decided_at)
SELECT c.id, o.id, CASE WHEN random() < 0.94 THEN 'ACTIVE' ELSE 'PENDING' END, now() - interval '200 days', now() - interval '100 days'
  FROM organization o
  CROSS JOIN LATERAL (SELECT c.id FROM cluster c WHERE c.country = o.country OR (o.id IS NULL) ORDER BY random() LIMIT 1 + floor(random() * 2)::int) c
 WHERE o.kind <> 'CLUSTER_ORGANIZATION' AND random() < 0.92;
CREATE TEMP TABLE bench_org AS SELECT row_number() OVER (ORDER BY id) AS n, id FROM organization WHERE kind <> 'CLUSTER_ORGANIZATION';
CREATE TEMP TABLE bench_kind (n int, kind text, en text, ko text);
INSERT INTO bench_kind VALUES (1,'EXPERTISE','expertise','전문 역량을'),(2,'EXPERTISE','research expertise','연구 역량을'),(3,'EQUIPMENT','test equipment','시험 장비를'),
  (4,'EQUIPMENT','analysis equipment','분석 장비를'),(5,'FACILITY','pilot facility','실증 시설을'),(6,'IP','patented technology','특허 기술을'),
  (7,'IP','licensable technology','이전 가능 기술을'),(8,'SERVICE','engineering service','엔지니어링 서비스를'),(9,'SERVICE','testing service','시험 분석 서비스를')`,
    },
    {
      label: `${size.capabilities} capabilities`,
      sql: `INSERT INTO capability (organization_id, kind, status, title, description, technology_areas, sectors, trl, availability, visibility, model, location, patent_number, licensing_status, published_at, archived_at, created_at)
SELECT o.id, k.kind, x.status,
  left(CASE WHEN r.lang < 0.45 OR r.lang >= 0.85 THEN x.ko_obj || ' ' || x.ko_act || ' ' || regexp_replace(k.ko, '(을|를)$', '')
       ELSE x.en_act || ' ' || x.en_obj || ' for ' || x.en_use END, 200),
  CASE WHEN r.lang < 0.45 THEN x.ko_use || '용 ' || x.ko_obj || ' ' || x.ko_act || ' 분야의 ' || k.ko || ' 보유하고 있습니다. ' || x.ko_obj2 || ' 관련 ' || x.ko_act2 || ' 경험이 있습니다. ' || x.ko_s1 || ' ' || x.ko_s2
       ELSE 'We offer ' || k.en || ' in ' || lower(x.en_act) || ' ' || x.en_obj || ' for ' || x.en_use || '. Experience with ' || x.en_obj2 || ' and ' || lower(x.en_act2) || ' ' || x.en_obj || '. ' || x.en_s1 || ' ' || x.en_s2 END,
  x.areas, x.sectors, 1 + floor(random() * 9)::int,
  CASE WHEN r.lang < 0.45 THEN '평일 예약 가능 (' || x.ko_use || ' 분야 우선)' ELSE 'Available on weekdays, priority for ' || x.en_use END,
  CASE WHEN r.rv < 0.70 THEN 'PUBLIC' WHEN r.rv < 0.90 THEN 'CLUSTER' ELSE 'PRIVATE' END,
  CASE WHEN k.kind IN ('EQUIPMENT', 'FACILITY') THEN 'HX-' || (r.g % 5000) END,
  CASE WHEN k.kind IN ('EQUIPMENT', 'FACILITY') THEN 'Lab ' || (r.g % 300) END,
  CASE WHEN k.kind = 'IP' THEN '10-' || (2000000 + r.g) END,
  CASE WHEN k.kind = 'IP' THEN 'AVAILABLE' END,
  CASE WHEN x.status <> 'DRAFT' THEN x.created_at + interval '2 days' END,
  CASE WHEN x.status = 'ARCHIVED' THEN x.created_at + interval '30 days' END,
  x.created_at
FROM generate_series(1, ${size.capabilities}) g
CROSS JOIN LATERAL (SELECT g, random() AS lang, random() AS rv, 1 + floor(random() * ${n})::int AS dom, 1 + floor(random() * 9)::int AS kn,
                           1 + floor(random() * (SELECT count(*) FROM bench_org))::int AS org) r
JOIN bench_domain d ON d.id = r.dom
JOIN bench_kind k ON k.n = r.kn
JOIN bench_org o ON o.n = r.org
CROSS JOIN bench_words w
CROSS JOIN LATERAL (SELECT
  CASE WHEN random() < 0.06 THEN 'DRAFT' WHEN random() < 0.08 THEN 'ARCHIVED' ELSE 'PUBLISHED' END AS status,
  now() - interval '3 days' - random() * interval '2 years' AS created_at,
  ${pick('d.en_obj')} AS en_obj, ${pick('d.en_obj')} AS en_obj2, ${pick('d.en_act')} AS en_act, ${pick('d.en_act')} AS en_act2, ${pick('d.en_use')} AS en_use,
  ${pick('d.ko_obj')} AS ko_obj, ${pick('d.ko_obj')} AS ko_obj2, ${pick('d.ko_act')} AS ko_act, ${pick('d.ko_act')} AS ko_act2, ${pick('d.ko_use')} AS ko_use,
  ${pick('w.en_sent')} AS en_s1, ${pick('w.en_sent')} AS en_s2, ${pick('w.ko_sent')} AS ko_s1, ${pick('w.ko_sent')} AS ko_s2,
  (SELECT array_agg(DISTINCT c) FROM unnest(d.codes[1:1 + floor(random() * 2)::int] || CASE WHEN random() < 0.1 THEN ARRAY[(SELECT codes[1] FROM bench_domain WHERE id = 1 + (r.dom % ${n}))] ELSE '{}' END) c) AS areas,
  ARRAY[${pick('d.sectors')}] AS sectors,
  r.g AS gg) x`,
    },
    {
      label: `${size.needs} needs`,
      sql: `INSERT INTO technology_need (organization_id, status, close_reason, title, public_summary, confidential_details, desired_outcome, technology_areas, sectors, current_trl, target_trl, budget_min, budget_max, currency, response_deadline, collaboration_types, visibility, published_at, closed_at, created_at)
SELECT o.id, x.status, CASE WHEN x.status = 'CLOSED' THEN ${pick(`ARRAY['SOLVED','WITHDRAWN','EXPIRED']`)} END,
  left(CASE WHEN r.lang < 0.45 OR r.lang >= 0.85 THEN x.ko_use || '용 ' || x.ko_obj || ' ' || x.ko_act || ' 기술 ' || ${pick(`ARRAY['개발','협력 파트너 모집','공동연구','기술이전 희망','실증 파트너 찾음']`)}
       ELSE x.en_act || ' ' || x.en_obj || ' for ' || x.en_use END, 200),
  CASE WHEN r.lang < 0.45 THEN x.ko_obj || ' ' || x.ko_act || ' 기술이 필요합니다. 현재 ' || x.ko_obj2 || ' 관련 문제를 겪고 있으며 ' || x.ko_use || ' 적용을 목표로 합니다. ' || x.ko_s1
       ELSE 'We need ' || lower(x.en_act) || ' ' || x.en_obj || ' for ' || x.en_use || '. Our current ' || x.en_obj2 || ' does not meet the target. ' || x.en_s1 END,
  'Confidential: target cost ' || (r.g % 97) || ' with supplier codeword' || (r.g % 10),
  CASE WHEN r.lang < 0.45 THEN x.ko_s2 || ' 성과물: 시제품 및 시험 성적서.' ELSE x.en_s2 || ' Outcome: a validated prototype and test report.' END,
  x.areas, x.sectors, x.cur, x.cur + floor(random() * (10 - x.cur))::int,
  CASE WHEN x.budget THEN 10000000 * (1 + floor(random() * 10)) END, CASE WHEN x.budget THEN 200000000 END, CASE WHEN x.budget THEN 'KRW' END,
  CASE WHEN x.status = 'OPEN' THEN now() + (5 + random() * 200) * interval '1 day' ELSE now() - random() * interval '100 days' END,
  x.collab, CASE WHEN r.rv < 0.70 THEN 'PUBLIC' WHEN r.rv < 0.90 THEN 'CLUSTER' ELSE 'PRIVATE' END,
  CASE WHEN x.status <> 'DRAFT' THEN x.created_at + interval '1 day' END,
  CASE WHEN x.status = 'CLOSED' THEN x.created_at + interval '60 days' END,
  x.created_at
FROM generate_series(1, ${size.needs}) g
CROSS JOIN LATERAL (SELECT g, random() AS lang, random() AS rv, 1 + floor(random() * ${n})::int AS dom,
                           1 + floor(random() * (SELECT count(*) FROM bench_org))::int AS org) r
JOIN bench_domain d ON d.id = r.dom
JOIN bench_org o ON o.n = r.org
CROSS JOIN bench_words w
CROSS JOIN LATERAL (SELECT
  CASE WHEN random() < 0.08 THEN 'DRAFT' WHEN random() < 0.13 THEN 'CLOSED' ELSE 'OPEN' END AS status,
  now() - interval '3 days' - random() * interval '1 year' AS created_at,
  1 + floor(random() * 6)::int AS cur,
  random() < 0.7 AS budget,
  -- The CASE on r.g makes the argument depend on the row, or the function scan is evaluated once.
  (SELECT array_agg(DISTINCT t) FROM unnest(CASE WHEN r.g > 0 THEN ARRAY[${pick(`ARRAY['RESEARCH_COOPERATION','TECHNICAL_COOPERATION','LICENSE','JOINT_VENTURE','SERVICE','EQUIPMENT_ACCESS']`)}, ${pick(`ARRAY['RESEARCH_COOPERATION','TECHNICAL_COOPERATION']`)}] END) t) AS collab,
  ${pick('d.en_obj')} AS en_obj, ${pick('d.en_obj')} AS en_obj2, ${pick('d.en_act')} AS en_act, ${pick('d.en_use')} AS en_use,
  ${pick('d.ko_obj')} AS ko_obj, ${pick('d.ko_obj')} AS ko_obj2, ${pick('d.ko_act')} AS ko_act, ${pick('d.ko_use')} AS ko_use,
  ${pick('w.en_sent')} AS en_s1, ${pick('w.en_sent')} AS en_s2, ${pick('w.ko_sent')} AS ko_s1, ${pick('w.ko_sent')} AS ko_s2,
  (SELECT array_agg(DISTINCT c) FROM unnest(d.codes[1:1 + floor(random() * 2)::int]) c) AS areas,
  ARRAY[${pick('d.sectors')}] AS sectors,
  r.g AS gg) x`,
    },
    {
      label: 'invitations to PRIVATE items',
      sql: `INSERT INTO need_invited_organization (need_id, organization_id)
SELECT DISTINCT n.id, o.id FROM technology_need n CROSS JOIN LATERAL (SELECT b.id FROM bench_org b WHERE b.n = 1 + floor(random() * (SELECT count(*) FROM bench_org))::int + (n.id IS NULL)::int) o WHERE n.visibility = 'PRIVATE';
INSERT INTO capability_invited_organization (capability_id, organization_id)
SELECT DISTINCT c.id, o.id FROM capability c CROSS JOIN LATERAL (SELECT b.id FROM bench_org b WHERE b.n = 1 + floor(random() * (SELECT count(*) FROM bench_org))::int + (c.id IS NULL)::int) o WHERE c.visibility = 'PRIVATE'`,
    },
    {
      // Earlier work between organizations, for matching's history component: each
      // organization worked with about two others, in one of its own areas.
      label: 'collaborations',
      sql: `INSERT INTO collaboration (organization_a_id, organization_b_id, title, technology_areas, started_on)
SELECT least(a.id, b.id), greatest(a.id, b.id), 'Joint project ' || b0.n || '-' || g, a.technology_areas[1:1], date '2019-01-01' + (random() * 2000)::int
  FROM bench_org b0 JOIN organization a ON a.id = b0.id
  CROSS JOIN generate_series(1, 2) AS g
  CROSS JOIN LATERAL (SELECT o.id FROM bench_org o WHERE o.n = 1 + floor(random() * (SELECT count(*) FROM bench_org))::int + (a.id IS NULL OR g IS NULL)::int) b
 WHERE a.id <> b.id`,
    },
  ];
}
