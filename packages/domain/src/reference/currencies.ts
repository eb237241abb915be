// Source: ISO 4217 List One (current currency and funds codes), as published by the
// maintenance agency SIX Financial Information (list-one.xml of 2026-01-01): all 178 active
// alphabetic codes with their minor units ("N.A." is null). This snapshot includes XCG
// (Amendment 176, replaces ANG), ZWG (Amendment 177, replaces ZWL) and XAD (Amendment 179);
// ANG, BGN (Bulgaria adopted the euro on 2026-01-01), CUC, HRK, SLL and ZWL are withdrawn
// (List Three) and are not accepted for new amounts. English names are the usual names
// (CLDR), not ISO's terse ones ("Won", "Yen"); Korean names follow CLDR's Korean locale,
// written here where CLDR has none or an outdated one (VED, UYW, XAD, XSU, XUA, KPW, SZL).
// Minor units are ISO's, not CLDR's display digits (ISO gives IDR, HUF and COP 2; CLDR 0).
// Update this list with each ISO 4217 amendment; never reuse a withdrawn code.
import type { Language, LocalizedLabel } from './types';

export interface Currency extends LocalizedLabel {
  readonly code: string;
  /** Digits after the decimal point (KRW 0, EUR 2, BHD 3); null where ISO says N.A. (XAU). */
  readonly minorUnits: number | null;
  /** A fund code (e.g. CLF, USN): an accounting unit rather than a circulating currency. */
  readonly fund?: boolean;
}

export const CURRENCIES = [
  { code: 'AED', minorUnits: 2, en: 'United Arab Emirates Dirham', ko: '아랍에미리트 디르함' },
  { code: 'AFN', minorUnits: 2, en: 'Afghan Afghani', ko: '아프가니스탄 아프가니' },
  { code: 'ALL', minorUnits: 2, en: 'Albanian Lek', ko: '알바니아 레크' },
  { code: 'AMD', minorUnits: 2, en: 'Armenian Dram', ko: '아르메니아 드람' },
  { code: 'AOA', minorUnits: 2, en: 'Angolan Kwanza', ko: '앙골라 콴자' },
  { code: 'ARS', minorUnits: 2, en: 'Argentine Peso', ko: '아르헨티나 페소' },
  { code: 'AUD', minorUnits: 2, en: 'Australian Dollar', ko: '호주 달러' },
  { code: 'AWG', minorUnits: 2, en: 'Aruban Florin', ko: '아루바 플로린' },
  { code: 'AZN', minorUnits: 2, en: 'Azerbaijani Manat', ko: '아제르바이잔 마나트' },
  { code: 'BAM', minorUnits: 2, en: 'Bosnia and Herzegovina Convertible Mark', ko: '보스니아 헤르체고비나 태환 마르크' },
  { code: 'BBD', minorUnits: 2, en: 'Barbadian Dollar', ko: '바베이도스 달러' },
  { code: 'BDT', minorUnits: 2, en: 'Bangladeshi Taka', ko: '방글라데시 타카' },
  { code: 'BHD', minorUnits: 3, en: 'Bahraini Dinar', ko: '바레인 디나르' },
  { code: 'BIF', minorUnits: 0, en: 'Burundian Franc', ko: '부룬디 프랑' },
  { code: 'BMD', minorUnits: 2, en: 'Bermudian Dollar', ko: '버뮤다 달러' },
  { code: 'BND', minorUnits: 2, en: 'Brunei Dollar', ko: '브루나이 달러' },
  { code: 'BOB', minorUnits: 2, en: 'Bolivian Boliviano', ko: '볼리비아 볼리비아노' },
  { code: 'BOV', minorUnits: 2, en: 'Bolivian Mvdol', ko: '볼리비아 Mvdol (기금)', fund: true },
  { code: 'BRL', minorUnits: 2, en: 'Brazilian Real', ko: '브라질 레알' },
  { code: 'BSD', minorUnits: 2, en: 'Bahamian Dollar', ko: '바하마 달러' },
  { code: 'BTN', minorUnits: 2, en: 'Bhutanese Ngultrum', ko: '부탄 눌트럼' },
  { code: 'BWP', minorUnits: 2, en: 'Botswanan Pula', ko: '보츠와나 풀라' },
  { code: 'BYN', minorUnits: 2, en: 'Belarusian Ruble', ko: '벨라루스 루블' },
  { code: 'BZD', minorUnits: 2, en: 'Belize Dollar', ko: '벨리즈 달러' },
  { code: 'CAD', minorUnits: 2, en: 'Canadian Dollar', ko: '캐나다 달러' },
  { code: 'CDF', minorUnits: 2, en: 'Congolese Franc', ko: '콩고 프랑' },
  { code: 'CHE', minorUnits: 2, en: 'WIR Euro', ko: 'WIR 유로', fund: true },
  { code: 'CHF', minorUnits: 2, en: 'Swiss Franc', ko: '스위스 프랑' },
  { code: 'CHW', minorUnits: 2, en: 'WIR Franc', ko: 'WIR 프랑', fund: true },
  { code: 'CLF', minorUnits: 4, en: 'Chilean Unit of Account (UF)', ko: '칠레 UF (Unidad de Fomento)', fund: true },
  { code: 'CLP', minorUnits: 0, en: 'Chilean Peso', ko: '칠레 페소' },
  { code: 'CNY', minorUnits: 2, en: 'Chinese Yuan', ko: '중국 위안' },
  { code: 'COP', minorUnits: 2, en: 'Colombian Peso', ko: '콜롬비아 페소' },
  { code: 'COU', minorUnits: 2, en: 'Colombian Real Value Unit (UVR)', ko: '콜롬비아 실질가치 단위 (UVR)', fund: true },
  { code: 'CRC', minorUnits: 2, en: 'Costa Rican Colón', ko: '코스타리카 콜론' },
  { code: 'CUP', minorUnits: 2, en: 'Cuban Peso', ko: '쿠바 페소' },
  { code: 'CVE', minorUnits: 2, en: 'Cape Verdean Escudo', ko: '카보베르데 에스쿠도' },
  { code: 'CZK', minorUnits: 2, en: 'Czech Koruna', ko: '체코 코루나' },
  { code: 'DJF', minorUnits: 0, en: 'Djiboutian Franc', ko: '지부티 프랑' },
  { code: 'DKK', minorUnits: 2, en: 'Danish Krone', ko: '덴마크 크로네' },
  { code: 'DOP', minorUnits: 2, en: 'Dominican Peso', ko: '도미니카 페소' },
  { code: 'DZD', minorUnits: 2, en: 'Algerian Dinar', ko: '알제리 디나르' },
  { code: 'EGP', minorUnits: 2, en: 'Egyptian Pound', ko: '이집트 파운드' },
  { code: 'ERN', minorUnits: 2, en: 'Eritrean Nakfa', ko: '에리트레아 낙파' },
  { code: 'ETB', minorUnits: 2, en: 'Ethiopian Birr', ko: '에티오피아 비르' },
  { code: 'EUR', minorUnits: 2, en: 'Euro', ko: '유로' },
  { code: 'FJD', minorUnits: 2, en: 'Fijian Dollar', ko: '피지 달러' },
  { code: 'FKP', minorUnits: 2, en: 'Falkland Islands Pound', ko: '포클랜드제도 파운드' },
  { code: 'GBP', minorUnits: 2, en: 'British Pound', ko: '영국 파운드' },
  { code: 'GEL', minorUnits: 2, en: 'Georgian Lari', ko: '조지아 라리' },
  { code: 'GHS', minorUnits: 2, en: 'Ghanaian Cedi', ko: '가나 세디' },
  { code: 'GIP', minorUnits: 2, en: 'Gibraltar Pound', ko: '지브롤터 파운드' },
  { code: 'GMD', minorUnits: 2, en: 'Gambian Dalasi', ko: '감비아 달라시' },
  { code: 'GNF', minorUnits: 0, en: 'Guinean Franc', ko: '기니 프랑' },
  { code: 'GTQ', minorUnits: 2, en: 'Guatemalan Quetzal', ko: '과테말라 케트살' },
  { code: 'GYD', minorUnits: 2, en: 'Guyanese Dollar', ko: '가이아나 달러' },
  { code: 'HKD', minorUnits: 2, en: 'Hong Kong Dollar', ko: '홍콩 달러' },
  { code: 'HNL', minorUnits: 2, en: 'Honduran Lempira', ko: '온두라스 렘피라' },
  { code: 'HTG', minorUnits: 2, en: 'Haitian Gourde', ko: '아이티 구르드' },
  { code: 'HUF', minorUnits: 2, en: 'Hungarian Forint', ko: '헝가리 포린트' },
  { code: 'IDR', minorUnits: 2, en: 'Indonesian Rupiah', ko: '인도네시아 루피아' },
  { code: 'ILS', minorUnits: 2, en: 'Israeli New Shekel', ko: '이스라엘 신 셰켈' },
  { code: 'INR', minorUnits: 2, en: 'Indian Rupee', ko: '인도 루피' },
  { code: 'IQD', minorUnits: 3, en: 'Iraqi Dinar', ko: '이라크 디나르' },
  { code: 'IRR', minorUnits: 2, en: 'Iranian Rial', ko: '이란 리얄' },
  { code: 'ISK', minorUnits: 0, en: 'Icelandic Króna', ko: '아이슬란드 크로나' },
  { code: 'JMD', minorUnits: 2, en: 'Jamaican Dollar', ko: '자메이카 달러' },
  { code: 'JOD', minorUnits: 3, en: 'Jordanian Dinar', ko: '요르단 디나르' },
  { code: 'JPY', minorUnits: 0, en: 'Japanese Yen', ko: '일본 엔' },
  { code: 'KES', minorUnits: 2, en: 'Kenyan Shilling', ko: '케냐 실링' },
  { code: 'KGS', minorUnits: 2, en: 'Kyrgyz Som', ko: '키르기스스탄 솜' },
  { code: 'KHR', minorUnits: 2, en: 'Cambodian Riel', ko: '캄보디아 리엘' },
  { code: 'KMF', minorUnits: 0, en: 'Comorian Franc', ko: '코모르 프랑' },
  { code: 'KPW', minorUnits: 2, en: 'North Korean Won', ko: '북한 원' },
  { code: 'KRW', minorUnits: 0, en: 'South Korean Won', ko: '대한민국 원' },
  { code: 'KWD', minorUnits: 3, en: 'Kuwaiti Dinar', ko: '쿠웨이트 디나르' },
  { code: 'KYD', minorUnits: 2, en: 'Cayman Islands Dollar', ko: '케이맨제도 달러' },
  { code: 'KZT', minorUnits: 2, en: 'Kazakhstani Tenge', ko: '카자흐스탄 텡게' },
  { code: 'LAK', minorUnits: 2, en: 'Laotian Kip', ko: '라오스 키프' },
  { code: 'LBP', minorUnits: 2, en: 'Lebanese Pound', ko: '레바논 파운드' },
  { code: 'LKR', minorUnits: 2, en: 'Sri Lankan Rupee', ko: '스리랑카 루피' },
  { code: 'LRD', minorUnits: 2, en: 'Liberian Dollar', ko: '라이베리아 달러' },
  { code: 'LSL', minorUnits: 2, en: 'Lesotho Loti', ko: '레소토 로티' },
  { code: 'LYD', minorUnits: 3, en: 'Libyan Dinar', ko: '리비아 디나르' },
  { code: 'MAD', minorUnits: 2, en: 'Moroccan Dirham', ko: '모로코 디르함' },
  { code: 'MDL', minorUnits: 2, en: 'Moldovan Leu', ko: '몰도바 레우' },
  { code: 'MGA', minorUnits: 2, en: 'Malagasy Ariary', ko: '마다가스카르 아리아리' },
  { code: 'MKD', minorUnits: 2, en: 'North Macedonian Denar', ko: '북마케도니아 데나르' },
  { code: 'MMK', minorUnits: 2, en: 'Myanmar Kyat', ko: '미얀마 키얏' },
  { code: 'MNT', minorUnits: 2, en: 'Mongolian Tugrik', ko: '몽골 투그릭' },
  { code: 'MOP', minorUnits: 2, en: 'Macanese Pataca', ko: '마카오 파타카' },
  { code: 'MRU', minorUnits: 2, en: 'Mauritanian Ouguiya', ko: '모리타니 우기야' },
  { code: 'MUR', minorUnits: 2, en: 'Mauritian Rupee', ko: '모리셔스 루피' },
  { code: 'MVR', minorUnits: 2, en: 'Maldivian Rufiyaa', ko: '몰디브 루피야' },
  { code: 'MWK', minorUnits: 2, en: 'Malawian Kwacha', ko: '말라위 콰차' },
  { code: 'MXN', minorUnits: 2, en: 'Mexican Peso', ko: '멕시코 페소' },
  { code: 'MXV', minorUnits: 2, en: 'Mexican Investment Unit (UDI)', ko: '멕시코 투자 단위 (UDI)', fund: true },
  { code: 'MYR', minorUnits: 2, en: 'Malaysian Ringgit', ko: '말레이시아 링깃' },
  { code: 'MZN', minorUnits: 2, en: 'Mozambican Metical', ko: '모잠비크 메티칼' },
  { code: 'NAD', minorUnits: 2, en: 'Namibian Dollar', ko: '나미비아 달러' },
  { code: 'NGN', minorUnits: 2, en: 'Nigerian Naira', ko: '나이지리아 나이라' },
  { code: 'NIO', minorUnits: 2, en: 'Nicaraguan Córdoba', ko: '니카라과 코르도바' },
  { code: 'NOK', minorUnits: 2, en: 'Norwegian Krone', ko: '노르웨이 크로네' },
  { code: 'NPR', minorUnits: 2, en: 'Nepalese Rupee', ko: '네팔 루피' },
  { code: 'NZD', minorUnits: 2, en: 'New Zealand Dollar', ko: '뉴질랜드 달러' },
  { code: 'OMR', minorUnits: 3, en: 'Omani Rial', ko: '오만 리알' },
  { code: 'PAB', minorUnits: 2, en: 'Panamanian Balboa', ko: '파나마 발보아' },
  { code: 'PEN', minorUnits: 2, en: 'Peruvian Sol', ko: '페루 솔' },
  { code: 'PGK', minorUnits: 2, en: 'Papua New Guinean Kina', ko: '파푸아뉴기니 키나' },
  { code: 'PHP', minorUnits: 2, en: 'Philippine Peso', ko: '필리핀 페소' },
  { code: 'PKR', minorUnits: 2, en: 'Pakistani Rupee', ko: '파키스탄 루피' },
  { code: 'PLN', minorUnits: 2, en: 'Polish Zloty', ko: '폴란드 즈워티' },
  { code: 'PYG', minorUnits: 0, en: 'Paraguayan Guarani', ko: '파라과이 과라니' },
  { code: 'QAR', minorUnits: 2, en: 'Qatari Riyal', ko: '카타르 리얄' },
  { code: 'RON', minorUnits: 2, en: 'Romanian Leu', ko: '루마니아 레우' },
  { code: 'RSD', minorUnits: 2, en: 'Serbian Dinar', ko: '세르비아 디나르' },
  { code: 'RUB', minorUnits: 2, en: 'Russian Ruble', ko: '러시아 루블' },
  { code: 'RWF', minorUnits: 0, en: 'Rwandan Franc', ko: '르완다 프랑' },
  { code: 'SAR', minorUnits: 2, en: 'Saudi Riyal', ko: '사우디아라비아 리얄' },
  { code: 'SBD', minorUnits: 2, en: 'Solomon Islands Dollar', ko: '솔로몬제도 달러' },
  { code: 'SCR', minorUnits: 2, en: 'Seychellois Rupee', ko: '세이셸 루피' },
  { code: 'SDG', minorUnits: 2, en: 'Sudanese Pound', ko: '수단 파운드' },
  { code: 'SEK', minorUnits: 2, en: 'Swedish Krona', ko: '스웨덴 크로나' },
  { code: 'SGD', minorUnits: 2, en: 'Singapore Dollar', ko: '싱가포르 달러' },
  { code: 'SHP', minorUnits: 2, en: 'Saint Helena Pound', ko: '세인트헬레나 파운드' },
  { code: 'SLE', minorUnits: 2, en: 'Sierra Leonean Leone', ko: '시에라리온 리온' },
  { code: 'SOS', minorUnits: 2, en: 'Somali Shilling', ko: '소말리아 실링' },
  { code: 'SRD', minorUnits: 2, en: 'Surinamese Dollar', ko: '수리남 달러' },
  { code: 'SSP', minorUnits: 2, en: 'South Sudanese Pound', ko: '남수단 파운드' },
  { code: 'STN', minorUnits: 2, en: 'São Tomé and Príncipe Dobra', ko: '상투메 프린시페 도브라' },
  { code: 'SVC', minorUnits: 2, en: 'Salvadoran Colón', ko: '엘살바도르 콜론' },
  { code: 'SYP', minorUnits: 2, en: 'Syrian Pound', ko: '시리아 파운드' },
  { code: 'SZL', minorUnits: 2, en: 'Eswatini Lilangeni', ko: '에스와티니 릴랑게니' },
  { code: 'THB', minorUnits: 2, en: 'Thai Baht', ko: '태국 바트' },
  { code: 'TJS', minorUnits: 2, en: 'Tajikistani Somoni', ko: '타지키스탄 소모니' },
  { code: 'TMT', minorUnits: 2, en: 'Turkmenistani Manat', ko: '투르크메니스탄 마나트' },
  { code: 'TND', minorUnits: 3, en: 'Tunisian Dinar', ko: '튀니지 디나르' },
  { code: 'TOP', minorUnits: 2, en: 'Tongan Paʻanga', ko: '통가 팡가' },
  { code: 'TRY', minorUnits: 2, en: 'Turkish Lira', ko: '튀르키예 리라' },
  { code: 'TTD', minorUnits: 2, en: 'Trinidad and Tobago Dollar', ko: '트리니다드 토바고 달러' },
  { code: 'TWD', minorUnits: 2, en: 'New Taiwan Dollar', ko: '신타이완 달러' },
  { code: 'TZS', minorUnits: 2, en: 'Tanzanian Shilling', ko: '탄자니아 실링' },
  { code: 'UAH', minorUnits: 2, en: 'Ukrainian Hryvnia', ko: '우크라이나 그리브나' },
  { code: 'UGX', minorUnits: 0, en: 'Ugandan Shilling', ko: '우간다 실링' },
  { code: 'USD', minorUnits: 2, en: 'US Dollar', ko: '미국 달러' },
  { code: 'USN', minorUnits: 2, en: 'US Dollar (next day)', ko: '미국 달러 (익일물)', fund: true },
  { code: 'UYI', minorUnits: 0, en: 'Uruguayan Peso in Indexed Units (UI)', ko: '우루과이 페소 지수 단위 (UI)', fund: true },
  { code: 'UYU', minorUnits: 2, en: 'Uruguayan Peso', ko: '우루과이 페소' },
  { code: 'UYW', minorUnits: 4, en: 'Uruguayan Nominal Wage Index Unit', ko: '우루과이 명목임금지수 단위', fund: true },
  { code: 'UZS', minorUnits: 2, en: 'Uzbekistani Som', ko: '우즈베키스탄 숨' },
  { code: 'VED', minorUnits: 2, en: 'Venezuelan Digital Bolívar', ko: '베네수엘라 디지털 볼리바르' },
  { code: 'VES', minorUnits: 2, en: 'Venezuelan Bolívar', ko: '베네수엘라 볼리바르' },
  { code: 'VND', minorUnits: 0, en: 'Vietnamese Dong', ko: '베트남 동' },
  { code: 'VUV', minorUnits: 0, en: 'Vanuatu Vatu', ko: '바누아투 바투' },
  { code: 'WST', minorUnits: 2, en: 'Samoan Tala', ko: '사모아 탈라' },
  { code: 'XAD', minorUnits: 2, en: 'Arab Accounting Dinar', ko: '아랍 회계 디나르' },
  { code: 'XAF', minorUnits: 0, en: 'Central African CFA Franc', ko: '중앙아프리카 CFA 프랑' },
  { code: 'XAG', minorUnits: null, en: 'Silver (troy ounce)', ko: '은 (트로이온스)' },
  { code: 'XAU', minorUnits: null, en: 'Gold (troy ounce)', ko: '금 (트로이온스)' },
  { code: 'XBA', minorUnits: null, en: 'European Composite Unit (EURCO)', ko: '유럽 합성 단위 (EURCO)' },
  { code: 'XBB', minorUnits: null, en: 'European Monetary Unit (E.M.U.-6)', ko: '유럽 통화 단위 (E.M.U.-6)' },
  { code: 'XBC', minorUnits: null, en: 'European Unit of Account 9 (E.U.A.-9)', ko: '유럽 계산 단위 9 (E.U.A.-9)' },
  { code: 'XBD', minorUnits: null, en: 'European Unit of Account 17 (E.U.A.-17)', ko: '유럽 계산 단위 17 (E.U.A.-17)' },
  { code: 'XCD', minorUnits: 2, en: 'East Caribbean Dollar', ko: '동카리브 달러' },
  { code: 'XCG', minorUnits: 2, en: 'Caribbean Guilder', ko: '카리브 길더' },
  { code: 'XDR', minorUnits: null, en: 'Special Drawing Right (IMF)', ko: '특별인출권 (IMF SDR)' },
  { code: 'XOF', minorUnits: 0, en: 'West African CFA Franc', ko: '서아프리카 CFA 프랑' },
  { code: 'XPD', minorUnits: null, en: 'Palladium (troy ounce)', ko: '팔라듐 (트로이온스)' },
  { code: 'XPF', minorUnits: 0, en: 'CFP Franc', ko: 'CFP 프랑' },
  { code: 'XPT', minorUnits: null, en: 'Platinum (troy ounce)', ko: '백금 (트로이온스)' },
  { code: 'XSU', minorUnits: null, en: 'SUCRE (ALBA unit of account)', ko: '수크레 (ALBA 회계 단위)' },
  { code: 'XTS', minorUnits: null, en: 'Code reserved for testing', ko: '테스트용 코드' },
  { code: 'XUA', minorUnits: null, en: 'ADB Unit of Account (African Development Bank)', ko: '아프리카개발은행 회계 단위' },
  { code: 'XXX', minorUnits: null, en: 'No currency', ko: '통화 없음' },
  { code: 'YER', minorUnits: 2, en: 'Yemeni Rial', ko: '예멘 리알' },
  { code: 'ZAR', minorUnits: 2, en: 'South African Rand', ko: '남아프리카 랜드' },
  { code: 'ZMW', minorUnits: 2, en: 'Zambian Kwacha', ko: '잠비아 콰차' },
  { code: 'ZWG', minorUnits: 2, en: 'Zimbabwe Gold', ko: '짐바브웨 골드' },
] as const satisfies readonly Currency[];

export type CurrencyCode = (typeof CURRENCIES)[number]['code'];

const currencyByCode: ReadonlyMap<string, Currency> = new Map(CURRENCIES.map((currency): [string, Currency] => [currency.code, currency]));

/** True for an active ISO 4217 code, exactly as listed (upper case). */
export function isCurrencyCode(code: unknown): code is CurrencyCode {
  return typeof code === 'string' && currencyByCode.has(code);
}

export function findCurrency(code: string): Currency | undefined {
  return currencyByCode.get(code);
}

/**
 * Digits of the currency's minor unit (KRW 0, USD 2, KWD 3); undefined for an unknown code
 * and for units without one (precious metals, XDR, XXX), in which no budget can be stated.
 */
export function currencyMinorUnits(code: string): number | undefined {
  return currencyByCode.get(code)?.minorUnits ?? undefined;
}

/** Whether amounts can be stated in the code: an active code with defined minor units. */
export function isMoneyCurrency(code: unknown): code is CurrencyCode {
  return typeof code === 'string' && currencyMinorUnits(code) !== undefined;
}

export function currencyLabel(code: string, lang: Language): string | undefined {
  const currency = currencyByCode.get(code);
  return currency && (lang === 'ko' ? currency.ko : currency.en);
}

export const CURRENCY_SOURCE = 'ISO 4217 List One (SIX Financial Information, 2026-01-01); names after CLDR (en, ko)';
