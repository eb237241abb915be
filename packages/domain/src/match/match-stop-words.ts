// Words that say nothing about what a need or capability is about. Three sources:
// - stopwords-iso (the maintained multilingual list: function words, Korean particles and
//   endings as whole words);
// - the platform's own: words every listing uses ("technology", "개발", "partner");
// - generic engineering words: shared by listings of every field, so sharing them is no
//   evidence of fit ("시험", "설계", "공정", "데이터", "stage", "placement", "path"). A
//   phrase that holds them ("path planning", "공정 데이터") still counts as a phrase, and
//   the glossary still maps them when they name a concept in a phrase.
// English words are listed as matchTerms sees them: folded and singularised ("does" → "doe").
import stopwordsIso from 'stopwords-iso';

const words = (list: string): string[] => list.split(/\s+/).filter(Boolean);

const singularised = (word: string): string =>
  /^[a-z]{4,}s$/.test(word) && !/(ss|us|is)$/.test(word) ? word.slice(0, -1) : word;

export const ENGLISH_STOP_WORDS: ReadonlySet<string> = new Set([
  ...(stopwordsIso.en ?? []).map(singularised),
  ...words(`
  a an the and or nor not no of for in into on onto with without to by at from as
  is are was were be been being has have had do doe did done we our us you your they their
  it its this that these those which who whom what will would can could shall should may
  might must than then such also more most other over under between within per via etc eg
  ie all any each both up out about if so but
  technology technological development develop developing developed system solution new
  novel use using used based need seek seeking looking partner company firm project
  application approach improve improved improvement provide providing support service
  research product high advanced innovative innovation capability expertise offer field
  area related various including include want our
  stage placement path design test testing evaluation structure process data part component
  time standard level problem quality performance method analysis manufacturing production
  industrial industry series unit line plant tool hour day year
  algorithm model estimation estimate method device
  `),
]);

// Generic engineering words of Korean listings (the list first), as matchTerms
// sees them: particles off, verb stems as they occur before an ending (줄이 of 줄이다).
const KOREAN_GENERIC = words(`
  이상 이하 줄이 줄이는 줄여 되었습니다 되었 유지 기준 시간 부품 시험 평가 구조 설계 공정
  데이터 성능 품질 분석 제작 생산 제조 장비 설비 소재 재료 조건 방식 해석 측정 검사 관리 운영
  효율 비용 기간 단계 수준 대상 용도 자동 최적화 신뢰 실증 시제품 양산 공급 업체 회사 공장
  라인 현장 경험 다수 이내 이후 이전 최근 향후 추진 도입 확대 감소 증가 저감 발생 해결 대응
  연구소 대학 센터 기관 담당 인력 수행할 있습니다 합니다 했습니다 하였습니다 하려고
  려고 하고자 원하는 찾고 있습니다 필요한 개선하려고 높이는 높여 높이 만들 만드는 사용 사용하는
  있으며 이며 또한 어렵습니다 듭니다 많은 새로 새로운 통한 자체 기존 주요 핵심 고객 적용한
  인한 바꾸어 커져 움직일 높일 미리 서로 다수 가능한 이용한
  추정 알고리즘 모델 방법 장치 상태 모듈
  다양 중요 우수 적합 유사 동일 충분 간단 정확 용이 원활 적절 상당 일정 부족 시급 편리 정상
  심각 특정 확인 검토 요구 요청 참여 의뢰 판단 선정 구현 납품 판매 대행 연계 처리 진행 실시
  도출 제시 규명 수립 작성 보고 발굴 검증 확장 변경 교체 설정 준비 완료 달성
`);
// The last three lines are the nouns of generic 하다 verbs and adjectives (다양한, 확인할,
// 검증하여), which match-korean-predicate now reads as their nouns. Homonyms stay terms:
// 시작 is "start" but also 試作 "prototype" (시작 금형), 유도 also "induction" (유도가열).

export const KOREAN_STOP_WORDS: ReadonlySet<string> = new Set([
  ...(stopwordsIso.ko ?? []).filter((word) => /^[가-힣]+$/.test(word)),
  ...words(`
  및 등 또는 그리고 위한 위해 통한 통해 대한 관한 관련 따른 있는 하는 되는 있다 한다 된다
  이를 이용 활용 기반 중심
  기술 개발 기술개발 연구 연구개발 시스템 솔루션 제품 사업 기업 분야 적용 향상 개선 확보
  구축 지원 필요 가능 방법 방안 신규 고도화 협력 파트너 서비스 역량 보유 수요 제공
  현재 문제 목표 경우 계획 예정 희망 경험 수행 진행 결과 내용 현장 다양한 관련된
  겪고 있으며 있고 하고 하며 하여 합니다 입니다 됩니다 있습니다 없습니다 필요합니다
  가능합니다 원합니다 바랍니다 희망합니다 환영합니다 찾습니다 찾음 제공할 제공합니다
  보유하고 통하여 대하여 위하여 관하여 따라 함께
  `),
  ...KOREAN_GENERIC,
]);

/** Particles that attach to a Hangul word: 기술을, 기술의, 기술로 are still the stop word 기술. */
export const KOREAN_PARTICLES: readonly string[] =
  '에서 으로 에게 까지 부터 과의 와의 을 를 이 가 은 는 의 에 로 와 과 도 만'.split(' ');

/**
 * Endings of Korean predicates (verbs and adjectives as written): a word that ends so
 * describes what happens, not what it is about (개선하려고, 되었습니다, 줄이는, 발생합니다).
 * Nouns rarely end so; those that do (가공하는 is not a noun either) lose little.
 */
export const KOREAN_PREDICATE_ENDINGS: readonly string[] = words(`
  습니다 합니다 됩니다 입니다 했다 한다 된다 하는 되는 하고 되고 하여 되어 하며 하면 했고
  하려고 려고 려는 고자 겠습니다 었습니다 았습니다 였습니다 있는 없는 않는 하기 하지 되지 해야
  니다 어야 도록 지는 히지
`);

/**
 * One-syllable endings of a predicate's attributive or future form (개선할, 개발한, 개발된),
 * only on words of three syllables or more: two-syllable nouns end so too (역할, 제한).
 */
export const KOREAN_SHORT_PREDICATE_ENDINGS: readonly string[] = ['할', '한', '된', '될', '던'];
