// Words that every need and every capability use, so sharing them says nothing about fit.
// English words are listed as matchTerms sees them: folded and singularised ("does" → "doe").

const words = (list: string): ReadonlySet<string> => new Set(list.split(/\s+/).filter(Boolean));

export const ENGLISH_STOP_WORDS = words(`
  a an the and or nor not no of for in into on onto with without to by at from as
  is are was were be been being has have had do doe did done we our us you your they their
  it its this that these those which who whom what will would can could shall should may
  might must than then such also more most other over under between within per via etc eg
  ie all any each both up out about if so but
  technology technological development develop developing developed system solution new
  novel use using used based need seek seeking looking partner company firm project
  application approach improve improved improvement provide providing support service
  research product high advanced innovative innovation capability expertise offer field
  area related various including include
`);

export const KOREAN_STOP_WORDS = words(`
  및 등 또는 그리고 위한 위해 통한 통해 대한 관한 관련 따른 있는 하는 되는 있다 한다 된다
  이를 이용 활용 기반 중심
  기술 개발 기술개발 연구 연구개발 시스템 솔루션 제품 사업 기업 분야 적용 향상 개선 확보
  구축 지원 필요 가능 방법 방안 신규 고도화 협력 파트너 서비스 역량 보유 수요 제공
  현재 문제 목표 경우 계획 예정 희망 경험 수행 진행 결과 내용 현장 다양한 관련된
  겪고 있으며 있고 하고 하며 하여 합니다 입니다 됩니다 있습니다 없습니다 필요합니다
  가능합니다 원합니다 바랍니다 희망합니다 환영합니다 찾습니다 찾음 제공할 제공합니다
  보유하고 통하여 대하여 위하여 관하여 따라 함께
`);

/** Particles that attach to a Hangul word: 기술을, 기술의, 기술로 are still the stop word 기술. */
export const KOREAN_PARTICLES: readonly string[] =
  '에서 으로 에게 까지 부터 과의 와의 을 를 이 가 은 는 의 에 로 와 과 도 만'.split(' ');
