// Source: Eurostat, NACE Rev.2 — Statistical classification of economic activities in the
// European Community (2008): all 21 sections (A–U) and all 88 divisions (01–99; numbers
// NACE leaves unused, such as 04 or 34, are absent). English labels are the Eurostat titles.
// Korean labels borrow the wording of the Korean Standard Industrial Classification
// (한국표준산업분류, KSIC 10th revision, 통계청) where a KSIC heading covers the same
// activities; KSIC numbers differ from NACE and are not used. Where NACE groups activities
// differently (e.g. G includes motor-vehicle repair, 26 includes optical instruments),
// the Korean label translates the NACE scope in KSIC's vocabulary.
import type { NaceCode } from './types';

export const NACE_CODES = [
  { code: 'A', level: 'SECTION', en: 'Agriculture, forestry and fishing', ko: '농업, 임업 및 어업' },
  { code: '01', level: 'DIVISION', section: 'A', en: 'Crop and animal production, hunting and related service activities', ko: '작물 재배 및 축산업, 수렵 및 관련 서비스업' },
  { code: '02', level: 'DIVISION', section: 'A', en: 'Forestry and logging', ko: '임업' },
  { code: '03', level: 'DIVISION', section: 'A', en: 'Fishing and aquaculture', ko: '어업 및 양식업' },

  { code: 'B', level: 'SECTION', en: 'Mining and quarrying', ko: '광업' },
  { code: '05', level: 'DIVISION', section: 'B', en: 'Mining of coal and lignite', ko: '석탄 및 갈탄 광업' },
  { code: '06', level: 'DIVISION', section: 'B', en: 'Extraction of crude petroleum and natural gas', ko: '원유 및 천연가스 채굴업' },
  { code: '07', level: 'DIVISION', section: 'B', en: 'Mining of metal ores', ko: '금속 광업' },
  { code: '08', level: 'DIVISION', section: 'B', en: 'Other mining and quarrying', ko: '비금속광물 광업; 연료용 제외' },
  { code: '09', level: 'DIVISION', section: 'B', en: 'Mining support service activities', ko: '광업 지원 서비스업' },

  { code: 'C', level: 'SECTION', en: 'Manufacturing', ko: '제조업' },
  { code: '10', level: 'DIVISION', section: 'C', en: 'Manufacture of food products', ko: '식료품 제조업' },
  { code: '11', level: 'DIVISION', section: 'C', en: 'Manufacture of beverages', ko: '음료 제조업' },
  { code: '12', level: 'DIVISION', section: 'C', en: 'Manufacture of tobacco products', ko: '담배 제조업' },
  { code: '13', level: 'DIVISION', section: 'C', en: 'Manufacture of textiles', ko: '섬유제품 제조업; 의복 제외' },
  { code: '14', level: 'DIVISION', section: 'C', en: 'Manufacture of wearing apparel', ko: '의복, 의복 액세서리 및 모피제품 제조업' },
  { code: '15', level: 'DIVISION', section: 'C', en: 'Manufacture of leather and related products', ko: '가죽, 가방 및 신발 제조업' },
  { code: '16', level: 'DIVISION', section: 'C', en: 'Manufacture of wood and of products of wood and cork, except furniture; manufacture of articles of straw and plaiting materials', ko: '목재 및 나무제품 제조업; 가구 제외' },
  { code: '17', level: 'DIVISION', section: 'C', en: 'Manufacture of paper and paper products', ko: '펄프, 종이 및 종이제품 제조업' },
  { code: '18', level: 'DIVISION', section: 'C', en: 'Printing and reproduction of recorded media', ko: '인쇄 및 기록매체 복제업' },
  { code: '19', level: 'DIVISION', section: 'C', en: 'Manufacture of coke and refined petroleum products', ko: '코크스, 연탄 및 석유정제품 제조업' },
  { code: '20', level: 'DIVISION', section: 'C', en: 'Manufacture of chemicals and chemical products', ko: '화학 물질 및 화학제품 제조업; 의약품 제외' },
  { code: '21', level: 'DIVISION', section: 'C', en: 'Manufacture of basic pharmaceutical products and pharmaceutical preparations', ko: '의료용 물질 및 의약품 제조업' },
  { code: '22', level: 'DIVISION', section: 'C', en: 'Manufacture of rubber and plastic products', ko: '고무 및 플라스틱제품 제조업' },
  { code: '23', level: 'DIVISION', section: 'C', en: 'Manufacture of other non-metallic mineral products', ko: '비금속 광물제품 제조업' },
  { code: '24', level: 'DIVISION', section: 'C', en: 'Manufacture of basic metals', ko: '1차 금속 제조업' },
  { code: '25', level: 'DIVISION', section: 'C', en: 'Manufacture of fabricated metal products, except machinery and equipment', ko: '금속 가공제품 제조업; 기계 및 가구 제외' },
  { code: '26', level: 'DIVISION', section: 'C', en: 'Manufacture of computer, electronic and optical products', ko: '전자 부품, 컴퓨터, 영상, 음향, 통신장비 및 광학기기 제조업' },
  { code: '27', level: 'DIVISION', section: 'C', en: 'Manufacture of electrical equipment', ko: '전기장비 제조업' },
  { code: '28', level: 'DIVISION', section: 'C', en: 'Manufacture of machinery and equipment n.e.c.', ko: '기타 기계 및 장비 제조업' },
  { code: '29', level: 'DIVISION', section: 'C', en: 'Manufacture of motor vehicles, trailers and semi-trailers', ko: '자동차 및 트레일러 제조업' },
  { code: '30', level: 'DIVISION', section: 'C', en: 'Manufacture of other transport equipment', ko: '기타 운송장비 제조업' },
  { code: '31', level: 'DIVISION', section: 'C', en: 'Manufacture of furniture', ko: '가구 제조업' },
  { code: '32', level: 'DIVISION', section: 'C', en: 'Other manufacturing', ko: '기타 제품 제조업' },
  { code: '33', level: 'DIVISION', section: 'C', en: 'Repair and installation of machinery and equipment', ko: '산업용 기계 및 장비 수리 및 설치업' },

  { code: 'D', level: 'SECTION', en: 'Electricity, gas, steam and air conditioning supply', ko: '전기, 가스, 증기 및 공기 조절 공급업' },
  { code: '35', level: 'DIVISION', section: 'D', en: 'Electricity, gas, steam and air conditioning supply', ko: '전기, 가스, 증기 및 공기 조절 공급업' },

  { code: 'E', level: 'SECTION', en: 'Water supply; sewerage, waste management and remediation activities', ko: '수도, 하수 및 폐기물 처리, 원료 재생업' },
  { code: '36', level: 'DIVISION', section: 'E', en: 'Water collection, treatment and supply', ko: '수도업' },
  { code: '37', level: 'DIVISION', section: 'E', en: 'Sewerage', ko: '하수, 폐수 및 분뇨 처리업' },
  { code: '38', level: 'DIVISION', section: 'E', en: 'Waste collection, treatment and disposal activities; materials recovery', ko: '폐기물 수집, 운반, 처리 및 원료 재생업' },
  { code: '39', level: 'DIVISION', section: 'E', en: 'Remediation activities and other waste management services', ko: '환경 정화 및 복원업' },

  { code: 'F', level: 'SECTION', en: 'Construction', ko: '건설업' },
  { code: '41', level: 'DIVISION', section: 'F', en: 'Construction of buildings', ko: '건물 건설업' },
  { code: '42', level: 'DIVISION', section: 'F', en: 'Civil engineering', ko: '토목 건설업' },
  { code: '43', level: 'DIVISION', section: 'F', en: 'Specialised construction activities', ko: '전문직별 공사업' },

  { code: 'G', level: 'SECTION', en: 'Wholesale and retail trade; repair of motor vehicles and motorcycles', ko: '도매 및 소매업; 자동차 및 모터사이클 수리업' },
  { code: '45', level: 'DIVISION', section: 'G', en: 'Wholesale and retail trade and repair of motor vehicles and motorcycles', ko: '자동차 및 모터사이클 판매 및 수리업' },
  { code: '46', level: 'DIVISION', section: 'G', en: 'Wholesale trade, except of motor vehicles and motorcycles', ko: '도매 및 상품 중개업; 자동차 제외' },
  { code: '47', level: 'DIVISION', section: 'G', en: 'Retail trade, except of motor vehicles and motorcycles', ko: '소매업; 자동차 제외' },

  { code: 'H', level: 'SECTION', en: 'Transportation and storage', ko: '운수 및 창고업' },
  { code: '49', level: 'DIVISION', section: 'H', en: 'Land transport and transport via pipelines', ko: '육상 운송 및 파이프라인 운송업' },
  { code: '50', level: 'DIVISION', section: 'H', en: 'Water transport', ko: '수상 운송업' },
  { code: '51', level: 'DIVISION', section: 'H', en: 'Air transport', ko: '항공 운송업' },
  { code: '52', level: 'DIVISION', section: 'H', en: 'Warehousing and support activities for transportation', ko: '창고 및 운송관련 서비스업' },
  { code: '53', level: 'DIVISION', section: 'H', en: 'Postal and courier activities', ko: '우편 및 택배업' },

  { code: 'I', level: 'SECTION', en: 'Accommodation and food service activities', ko: '숙박 및 음식점업' },
  { code: '55', level: 'DIVISION', section: 'I', en: 'Accommodation', ko: '숙박업' },
  { code: '56', level: 'DIVISION', section: 'I', en: 'Food and beverage service activities', ko: '음식점 및 주점업' },

  { code: 'J', level: 'SECTION', en: 'Information and communication', ko: '정보통신업' },
  { code: '58', level: 'DIVISION', section: 'J', en: 'Publishing activities', ko: '출판업' },
  { code: '59', level: 'DIVISION', section: 'J', en: 'Motion picture, video and television programme production, sound recording and music publishing activities', ko: '영상·오디오 기록물 제작 및 배급업' },
  { code: '60', level: 'DIVISION', section: 'J', en: 'Programming and broadcasting activities', ko: '방송업' },
  { code: '61', level: 'DIVISION', section: 'J', en: 'Telecommunications', ko: '전기 통신업' },
  { code: '62', level: 'DIVISION', section: 'J', en: 'Computer programming, consultancy and related activities', ko: '컴퓨터 프로그래밍, 시스템 통합 및 관리업' },
  { code: '63', level: 'DIVISION', section: 'J', en: 'Information service activities', ko: '정보서비스업' },

  { code: 'K', level: 'SECTION', en: 'Financial and insurance activities', ko: '금융 및 보험업' },
  { code: '64', level: 'DIVISION', section: 'K', en: 'Financial service activities, except insurance and pension funding', ko: '금융업; 보험 및 연금 제외' },
  { code: '65', level: 'DIVISION', section: 'K', en: 'Insurance, reinsurance and pension funding, except compulsory social security', ko: '보험 및 연금업; 사회보장 제외' },
  { code: '66', level: 'DIVISION', section: 'K', en: 'Activities auxiliary to financial services and insurance activities', ko: '금융 및 보험 관련 서비스업' },

  { code: 'L', level: 'SECTION', en: 'Real estate activities', ko: '부동산업' },
  { code: '68', level: 'DIVISION', section: 'L', en: 'Real estate activities', ko: '부동산업' },

  { code: 'M', level: 'SECTION', en: 'Professional, scientific and technical activities', ko: '전문, 과학 및 기술 서비스업' },
  { code: '69', level: 'DIVISION', section: 'M', en: 'Legal and accounting activities', ko: '법무 및 회계 관련 서비스업' },
  { code: '70', level: 'DIVISION', section: 'M', en: 'Activities of head offices; management consultancy activities', ko: '회사 본부 및 경영 컨설팅 서비스업' },
  { code: '71', level: 'DIVISION', section: 'M', en: 'Architectural and engineering activities; technical testing and analysis', ko: '건축 기술, 엔지니어링 및 기술 시험·분석 서비스업' },
  { code: '72', level: 'DIVISION', section: 'M', en: 'Scientific research and development', ko: '연구개발업' },
  { code: '73', level: 'DIVISION', section: 'M', en: 'Advertising and market research', ko: '광고 및 시장 조사업' },
  { code: '74', level: 'DIVISION', section: 'M', en: 'Other professional, scientific and technical activities', ko: '기타 전문, 과학 및 기술 서비스업' },
  { code: '75', level: 'DIVISION', section: 'M', en: 'Veterinary activities', ko: '수의업' },

  { code: 'N', level: 'SECTION', en: 'Administrative and support service activities', ko: '사업시설 관리, 사업 지원 및 임대 서비스업' },
  { code: '77', level: 'DIVISION', section: 'N', en: 'Rental and leasing activities', ko: '임대업; 부동산 제외' },
  { code: '78', level: 'DIVISION', section: 'N', en: 'Employment activities', ko: '고용 알선 및 인력 공급업' },
  { code: '79', level: 'DIVISION', section: 'N', en: 'Travel agency, tour operator reservation service and related activities', ko: '여행사 및 기타 여행 보조 서비스업' },
  { code: '80', level: 'DIVISION', section: 'N', en: 'Security and investigation activities', ko: '경비, 경호 및 탐정업' },
  { code: '81', level: 'DIVISION', section: 'N', en: 'Services to buildings and landscape activities', ko: '사업시설 관리 및 조경 서비스업' },
  { code: '82', level: 'DIVISION', section: 'N', en: 'Office administrative, office support and other business support activities', ko: '사무 지원 및 기타 사업 지원 서비스업' },

  { code: 'O', level: 'SECTION', en: 'Public administration and defence; compulsory social security', ko: '공공 행정, 국방 및 사회보장 행정' },
  { code: '84', level: 'DIVISION', section: 'O', en: 'Public administration and defence; compulsory social security', ko: '공공 행정, 국방 및 사회보장 행정' },

  { code: 'P', level: 'SECTION', en: 'Education', ko: '교육 서비스업' },
  { code: '85', level: 'DIVISION', section: 'P', en: 'Education', ko: '교육 서비스업' },

  { code: 'Q', level: 'SECTION', en: 'Human health and social work activities', ko: '보건업 및 사회복지 서비스업' },
  { code: '86', level: 'DIVISION', section: 'Q', en: 'Human health activities', ko: '보건업' },
  { code: '87', level: 'DIVISION', section: 'Q', en: 'Residential care activities', ko: '거주 복지시설 운영업' },
  { code: '88', level: 'DIVISION', section: 'Q', en: 'Social work activities without accommodation', ko: '비거주 복지시설 운영업' },

  { code: 'R', level: 'SECTION', en: 'Arts, entertainment and recreation', ko: '예술, 스포츠 및 여가관련 서비스업' },
  { code: '90', level: 'DIVISION', section: 'R', en: 'Creative, arts and entertainment activities', ko: '창작 및 예술관련 서비스업' },
  { code: '91', level: 'DIVISION', section: 'R', en: 'Libraries, archives, museums and other cultural activities', ko: '도서관, 기록보존소, 박물관 및 기타 문화 관련 서비스업' },
  { code: '92', level: 'DIVISION', section: 'R', en: 'Gambling and betting activities', ko: '사행시설 관리 및 운영업' },
  { code: '93', level: 'DIVISION', section: 'R', en: 'Sports activities and amusement and recreation activities', ko: '스포츠 서비스업 및 오락관련 서비스업' },

  { code: 'S', level: 'SECTION', en: 'Other service activities', ko: '협회 및 단체, 수리 및 기타 개인 서비스업' },
  { code: '94', level: 'DIVISION', section: 'S', en: 'Activities of membership organisations', ko: '협회 및 단체' },
  { code: '95', level: 'DIVISION', section: 'S', en: 'Repair of computers and personal and household goods', ko: '컴퓨터, 개인 및 가정용품 수리업' },
  { code: '96', level: 'DIVISION', section: 'S', en: 'Other personal service activities', ko: '기타 개인 서비스업' },

  { code: 'T', level: 'SECTION', en: 'Activities of households as employers; undifferentiated goods- and services-producing activities of households for own use', ko: '가구 내 고용활동 및 달리 분류되지 않은 자가 소비 생산활동' },
  { code: '97', level: 'DIVISION', section: 'T', en: 'Activities of households as employers of domestic personnel', ko: '가구 내 고용활동' },
  { code: '98', level: 'DIVISION', section: 'T', en: 'Undifferentiated goods- and services-producing activities of private households for own use', ko: '달리 분류되지 않은 자가 소비를 위한 가구의 재화 및 서비스 생산활동' },

  { code: 'U', level: 'SECTION', en: 'Activities of extraterritorial organisations and bodies', ko: '국제 및 외국기관' },
  { code: '99', level: 'DIVISION', section: 'U', en: 'Activities of extraterritorial organisations and bodies', ko: '국제 및 외국기관' },
] as const satisfies readonly NaceCode[];

export type NaceCodeValue = (typeof NACE_CODES)[number]['code'];
