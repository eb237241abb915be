import { TECHNICAL_GLOSSARY, glossaryLabel } from './technical-glossary';
import { matchTerms } from '../match/match-terms';
import { englishStem } from '../match/match-stem';
import { isHangulWord, searchWords } from '../search/search-text';

describe('TECHNICAL_GLOSSARY', () => {
  it('holds a few hundred concepts, each named in English and in Korean, ids unique', () => {
    expect(TECHNICAL_GLOSSARY.length).toBeGreaterThanOrEqual(1400);
    const ids = TECHNICAL_GLOSSARY.map((concept) => concept.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const concept of TECHNICAL_GLOSSARY) {
      expect(concept.en.length).toBeGreaterThan(0);
      expect(concept.ko.some((term) => /[가-힣]/.test(term))).toBe(true);
    }
  });

  it('lets no term name two concepts (a shared term would join them)', () => {
    const key = (term: string) =>
      isHangulWord(term) ? term : searchWords(term).map(englishStem).join(' ');
    const owner = new Map<string, string>();
    const shared: string[] = [];
    for (const concept of TECHNICAL_GLOSSARY)
      for (const term of [...concept.en, ...concept.ko]) {
        const found = owner.get(key(term));
        if (found !== undefined && found !== concept.id)
          shared.push(`${term}: ${found}, ${concept.id}`);
        owner.set(key(term), concept.id);
      }
    expect(shared).toEqual([]);
  });

  it('names a concept in the reader’s language', () => {
    expect(glossaryLabel('bipolar-plate', 'en')).toBe('bipolar plate');
    expect(glossaryLabel('bipolar-plate', 'ko')).toBe('분리판');
    expect(glossaryLabel('no-such-concept', 'en')).toBeUndefined();
  });
});

describe('material designations and Korean forms in the glossary', () => {
  const concepts = (text: string) => [...matchTerms(text).concepts];

  it('reads an alloy designation as its base material', () => {
    expect(concepts('Ti-6Al-4V brackets')).toContain('titanium');
    expect(concepts('AZ31B sheet')).toContain('magnesium');
    expect(concepts('A356 and ADC12 castings')).toContain('aluminium');
    expect(concepts('SUS316L 배관')).toContain('steel');
    expect(concepts('22MnB5 B-pillar')).toContain('high-strength-steel');
    expect(concepts('Inconel 718 turbine parts')).toContain('inconel');
  });

  it('knows the Korean names of a concept beside the English one', () => {
    expect(concepts('설비 고장 예지')).toContain('predictive-maintenance');
    expect(concepts('공작기계 주축')).toContain('spindle');
    expect(concepts('vacuum carburising of gears')).toContain('heat-treatment');
    expect(concepts('기어 침탄 열처리')).toContain('heat-treatment');
  });

  it('knows the field terms added from the taxonomy in both languages', () => {
    expect(concepts('채터 진동 저감')).toContain('chatter');
    expect(concepts('chatter marks on turned shafts')).toContain('chatter');
    expect(concepts('다이캐스팅 진공함침')).toContain('vacuum-impregnation');
    expect(concepts('vacuum impregnation of castings')).toContain('vacuum-impregnation');
    expect(concepts('의료기기 멸균 밸리데이션')).toContain('sterilisation');
    expect(concepts('EO sterilization of catheters')).toContain('sterilisation');
  });

  it('knows the second pass’s field terms, Sino-Korean and native names first', () => {
    expect(concepts('스테인리스 배관의 입계부식')).toContain('intergranular-corrosion');
    expect(concepts('intergranular attack in welded 304')).toContain('intergranular-corrosion');
    expect(concepts('외벽 결로현상 방지')).toContain('condensation');
    expect(concepts('용접후열처리 절차')).toContain('post-weld-heat-treatment');
    expect(concepts('PWHT of pressure-vessel welds')).toContain('post-weld-heat-treatment');
    expect(concepts('기어 치면피팅 손상')).toContain('gear-failure');
    expect(concepts('리튬석출 억제 충전')).toContain('lithium-plating');
  });

  it('keeps short Korean field terms out of common words', () => {
    expect(concepts('교육 1주차 일정')).not.toContain('parking');
    expect(concepts('고정유닛 설계')).not.toContain('oil-refining');
    expect(concepts('연결로봇 개발')).not.toContain('condensation');
    expect(concepts('탈지분유 생산')).not.toContain('degreasing');
    expect(concepts('섬유제품 수출')).not.toContain('dairy-product');
    expect(concepts('골판지 포장')).not.toContain('orthopaedic-implant');
    expect(concepts('압축상태 유지')).not.toContain('axle-box');
    expect(concepts('상세정보를 확인하세요')).not.toContain('precision-cleaning');
    expect(concepts('회원사 지원사업')).not.toContain('yarn');
    expect(concepts('개발수요 조사')).not.toContain('water-repellent');
  });

  it('knows the third pass’s cross-field words: problems, hazards, products and places', () => {
    expect(concepts('외벽 균열과 누수')).toEqual(expect.arrayContaining(['crack', 'water-leakage']));
    expect(concepts('hairline cracks and water leakage')).toContain('crack');
    expect(concepts('용접흄 노출 저감')).toContain('welding-fume');
    expect(concepts('welding fumes in the shop')).toContain('welding-fume');
    expect(concepts('지게차 보행자 사각지대')).toEqual(
      expect.arrayContaining(['pedestrian', 'blind-spot']),
    );
    expect(concepts('forklift blind spot and pedestrians')).toEqual(
      expect.arrayContaining(['pedestrian', 'blind-spot']),
    );
    expect(concepts('사과 갈변 억제')).toEqual(expect.arrayContaining(['apple', 'browning']));
    expect(concepts('browning of sliced apples')).toEqual(
      expect.arrayContaining(['apple', 'browning']),
    );
    expect(concepts('배관 누설')).toContain('safety-inspection');
    expect(concepts('a leak in the valve')).toContain('safety-inspection');
  });

  it('keeps the third pass’s short terms out of common words and generic English', () => {
    expect(concepts('자연어처리 모델')).not.toContain('salmon');
    expect(concepts('측정 정밀도 향상')).not.toContain('density');
    expect(concepts('열화상카메라 검사')).not.toContain('ageing-degradation');
    expect(concepts('이해충돌 방지')).not.toContain('pest');
    expect(concepts('경북대학교 연구실')).not.toContain('school');
    expect(concepts('시스템구축사업 수행')).not.toContain('livestock-barn');
    expect(concepts('열교환기 설계')).not.toContain('hvac');
    expect(concepts('보행로봇 개발')).not.toContain('sidewalk');
    expect(concepts('자세제어 알고리즘')).not.toContain('detergent');
    expect(concepts('반도체 공정')).not.toContain('slaughtering');
    expect(concepts('온실가스 감축')).not.toContain('greenhouse');
    expect(concepts('energy harvesting from vibration')).not.toContain('harvesting');
    expect(concepts('energy density of cells')).not.toContain('density');
    expect(concepts('neural network training')).not.toContain('train');
  });
});
