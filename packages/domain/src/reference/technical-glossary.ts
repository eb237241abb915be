// A bilingual technical glossary for matching: Korean and English terms of the
// programme's fields mapped to shared concepts, so 연료전지 분리판 meets "fuel-cell bipolar
// plate". Source: written by the Spillover team from domain knowledge (the standard
// Korean engineering terms as KS/KATS standards, 특허청 and industry use them), beside the
// technology taxonomy; not copied from a published dictionary. Material designations map to
// their base material as the designation systems define them: Aluminum Association and
// ASTM B275 (aluminium and magnesium alloys: 6061, A356, AZ31B), ASTM B265 titanium grades
// (Ti-6Al-4V is grade 5), JIS / KS steel names (SUS/STS stainless, SCM, SKD, S45C), EN
// 10027 names (22MnB5) and nickel superalloy trade names; heat-treatment terms follow
// ISO 4885's vocabulary, non-destructive methods ISO 9712's (UT, RT, MT, PT, AE, MFL). Each line is
//   concept | English terms (comma-separated) | Korean terms (comma-separated)
// English terms are matched as folded, singular word sequences ("bipolar plates" →
// "bipolar plate"); Korean terms are matched inside Hangul words (수소연료전지를 holds
// 연료전지). Keep terms specific: a generic word here ("test", "시험") would let every
// listing meet every other.
const GLOSSARY = `
hydrogen|hydrogen,h2|수소
fuel-cell|fuel cell,fuel-cell,pemfc,sofc|연료전지
bipolar-plate|bipolar plate,separator plate|분리판,바이폴라플레이트
fuel-cell-stack|fuel cell stack,stack|스택
membrane-electrode-assembly|membrane electrode assembly,mea|막전극접합체
electrolyser|electrolyser,electrolyzer,electrolysis|수전해,전기분해
solid-oxide|solid oxide,soec|고체산화물
hydrogen-embrittlement|hydrogen embrittlement|수소취성
pressure-vessel|pressure vessel,hydrogen tank,tank|압력용기,저장용기,수소탱크
type-iv-vessel|type iv|타입4
hydrogen-station|hydrogen station,refuelling station|수소충전소,충전소
burst-test|burst test,burst|파열
pressure-cycling|pressure cycling,pressure cycle|반복가압
permeation|permeation|투과
catalyst|catalyst|촉매
corrosion|corrosion,anti-corrosion,corrosion resistance|부식,내식,내식성,방식
coating|coating,coated|코팅,도금층
contact-resistance|contact resistance|접촉저항
cooling|cooling,coolant|냉각
thermal-management|thermal management,heat management|열관리
cfd|cfd,computational fluid dynamic|전산유체
heat-exchanger|heat exchanger|열교환기
waste-heat|waste heat,heat recovery|폐열,열회수
organic-rankine|organic rankine cycle,orc|유기랭킨
heat-pump|heat pump|히트펌프
steam|steam|스팀,증기
battery|battery,li-ion,lithium-ion|배터리,이차전지,리튬이온
battery-pack|battery pack,pack|배터리팩
battery-module|battery module,module assembly|배터리모듈
cell|battery cell|셀
state-of-health|state of health,soh,remaining useful life,rul,remaining life|잔존수명,건강상태,수명예측
thermal-runaway|thermal runaway,thermal propagation|열폭주,열전이
energy-storage|energy storage,ess|에너지저장,ESS
anode|anode|음극,음극재
cathode|cathode|양극,양극재
silicon-anode|silicon anode,silicon-carbon|실리콘음극,실리콘
solid-electrolyte|solid electrolyte,solid-state electrolyte|고체전해질
all-solid-state-battery|all-solid-state battery,solid-state battery|전고체
sulfide|sulfide,sulphide,argyrodite|황화물
ionic-conductivity|ionic conductivity|이온전도도
battery-recycling|battery recycling,black mass|폐배터리,블랙매스
lithium|lithium|리튬
nickel|nickel|니켈
cobalt|cobalt|코발트
hydrometallurgy|hydrometallurgy,leaching,solvent extraction|습식제련,침출,용매추출
battery-swapping|battery swapping,battery exchange|배터리교환
charging|charging station,charger,fast charger|충전기,충전인프라
electric-vehicle|electric vehicle,ev,electric car,electric bus|전기차,전기자동차,전기버스
hydrogen-truck|hydrogen truck,fuel cell truck|수소트럭
truck|truck,heavy truck|트럭
forklift|forklift|지게차
aluminium|aluminium,aluminum,aluminium alloy,aluminum alloy,a356,a380,adc12,alsi10mg,al6061,al7075,a6061,a6063,a5052,a7075,aa6061,aa7075,6061-t6,7075-t6,duralumin|알루미늄,알루미늄합금,알미늄,두랄루민
magnesium|magnesium,magnesium alloy,az31,az31b,az61,az91,az91d,am50,am60,am60b,ze41,zk60,we43|마그네슘,마그네슘합금
titanium|titanium,titanium alloy,ti-6al-4v,ti6al4v,ti64,ti-64,ti-6al-7nb,grade 5 titanium,cp titanium|티타늄,티타늄합금,타이타늄
steel|steel,stainless steel,carbon steel,alloy steel,tool steel,steel sheet,steel wire,sus304,sus316,sus316l,316l,304l,sts304,sts316,s45c,sm45c,scm435,scm440,skd11,skd61,spcc|강재,철강,스테인리스,탄소강,합금강,공구강,스테인리스강,강판,강선,특수강
high-strength-steel|advanced high-strength steel,ahss,boron steel,22mnb5,dp590,dp780,dp980,trip steel,martensitic steel,giga steel,uhss|고강도강,초고강도강,보론강,기가스틸,초고장력강,고장력강
inconel|inconel,nickel alloy,superalloy,inconel 718,inconel 625,in718,in625,hastelloy,waspaloy,nimonic,nickel-based superalloy,nickel superalloy|인코넬,초내열합금,니켈합금,니켈기초내열합금
lightweight|lightweight,weight reduction,save weight|경량화,경량
die-casting|die casting,high-pressure die casting,hpdc|다이캐스팅
casting|casting,foundry|주조
porosity|porosity,pore,gas porosity|기공
extrusion|extrusion,extruded|압출
forging|forging,forged|단조
hot-stamping|hot stamping,press hardening|핫스탬핑
stamping|stamping,press forming,sheet metal forming|프레스,판재성형
die|die,mould,mold,tooling|금형
cfrp|carbon fibre,carbon fiber,cfrp,cfrtp|탄소섬유
composite|composite,fibre-reinforced,fiber-reinforced|복합재,섬유강화
thermoplastic|thermoplastic|열가소성
injection-moulding|injection moulding,injection molding|사출성형,사출
polymer|polymer,plastic|고분자,플라스틱
battery-housing|battery housing,battery enclosure|배터리하우징,배터리케이스
body-in-white|body-in-white,car body,biw|차체
b-pillar|b-pillar|B필러
seat-frame|seat frame|시트프레임
suspension|suspension arm,suspension|서스펜션
welding|welding,welded,weld,arc welding,mig,mag welding,tig,gmaw,gtaw,spot welding,resistance spot welding,electron beam welding|용접,아크용접,스폿용접,점용접,저항용접
friction-stir-welding|friction stir welding,fsw|마찰교반
dissimilar-joining|dissimilar joining,multi-material|이종접합,이종소재
joining|joining,joint|접합
brazing|brazing|브레이징,브레이징접합
laser-welding|laser welding|레이저용접
welding-distortion|welding distortion,distortion|용접변형,변형
offline-programming|offline programming|오프라인프로그래밍
teaching|teaching|티칭
fatigue|fatigue,fatigue life|피로,피로수명
fracture-toughness|fracture toughness|파괴인성
servo-hydraulic|servo-hydraulic|유압서보
non-destructive|non-destructive,ndt,nondestructive,ultrasonic testing,ultrasonic inspection,phased array,paut,tofd,radiographic testing,magnetic particle,dye penetrant,penetrant testing,magnetic flux leakage,mfl,acoustic emission,infrared thermography|비파괴,초음파탐상,초음파검사,위상배열,방사선투과,자분탐상,침투탐상,자기누설,음향방출
x-ray-ct|x-ray ct,computed tomography,ct|엑스선,CT
eddy-current|eddy current|와전류
salt-spray|salt spray|염수분무
thermal-shock|thermal shock|열충격
humidity|humidity,damp heat|고온고습,습도
reliability|reliability|신뢰성
emc|emc,electromagnetic compatibility,emission,cispr|전자파,전자파적합성
fire-test|fire test,fire spread,fire resistance|화재시험,화재확산,내화
fire|fire,flame|화재
flame-retardant|flame-retardant,flame retardant|난연
facade|facade,cladding,curtain wall,exterior panel|외장재,외장패널,커튼월
biocompatibility|biocompatibility,iso 10993,cytotoxicity,irritation|생체적합성,세포독성,자극
medical-device|medical device|의료기기
regulatory-approval|regulatory approval,510(k),fda,certification|인허가,허가,인증
implant|implant|임플란트
spine|spine,spinal|척추
patient-specific|patient-specific,custom|맞춤형
additive-manufacturing|additive manufacturing,3d printing,powder bed fusion,lpbf,additively manufactured,powder bed fused,powder-bed-fused,laser powder bed fusion,l-pbf,selective laser melting,slm,dmls,electron beam melting,directed energy deposition,ded,binder jetting,wire arc additive manufacturing,waam,metal 3d printing|적층제조,3D프린팅,금속적층,분말베드,직접에너지적층
wound-dressing|wound dressing,hydrogel|드레싱,하이드로겔
ecg|ecg,electrocardiogram,holter|심전도,ECG
emg|emg,electromyography|근전도
biosignal|biosignal,signal processing|생체신호,신호처리
motion-artefact|motion artefact,motion artifact,noise removal|잡음제거,동잡음
arrhythmia|arrhythmia|부정맥
gait|gait,walking|보행
rehabilitation|rehabilitation,assistive|재활
stroke|stroke|뇌졸중
wearable|wearable,patch|웨어러블,패치
machine-learning|machine learning,machine-learning,deep learning,neural network|머신러닝,딥러닝,기계학습
artificial-intelligence|artificial intelligence,ai|인공지능
prediction|prediction,predict,forecasting,prognostic,prognostics,forecast|예측,예지,예견
predictive-maintenance|predictive maintenance,condition monitoring,failure prediction,prognostics and health management,phm,condition-based maintenance,cbm,machine health monitoring,fault prognosis|예지보전,상태감시,고장예측,예지정비,고장예지,상태기반정비,설비진단,설비예지
vibration|vibration|진동
noise|noise,nvh,acoustic,acoustics,sound absorption,sound insulation,silencer,muffler|소음,음향,흡음,차음,방음
bearing|bearing|베어링
gearbox|gearbox,gear|기어박스,기어,감속기
rotating-machinery|rotating machinery,rotating equipment|회전체,회전기계,회전설비
machine-vision|machine vision,vision inspection,computer vision,3d vision|머신비전,비전검사,영상검사
surface-defect|surface defect,scratch,dent|표면결함,스크래치,찍힘
defect-inspection|defect inspection,inspection,visual inspection|검사,결함검출,육안검사
face-recognition|face recognition|안면인식
lidar|lidar,point cloud|라이다,포인트클라우드
slam|slam,simultaneous localisation and mapping|SLAM,슬램,동시위치추정
path-planning|path planning,route planning,traffic control|경로계획,경로,교통제어
agv|agv,amr,mobile robot|AGV,무인운반차,이동로봇
fleet-management|fleet management,multi-robot|군집제어,다중로봇
warehouse|warehouse,logistics centre|창고,물류센터
bin-picking|bin picking,picking|빈피킹,피킹
robot|robot,robotic,cobot|로봇,협동로봇
force-control|force control,force-torque|힘제어
assembly|assembly,assembly line|조립,조립라인
automation|automation,automated|자동화
digital-twin|digital twin|디지털트윈
simulation|simulation,discrete-event|시뮬레이션
throughput|throughput,line balancing,re-balance|생산성,라인밸런싱
press-line|press line|프레스라인
mes|mes,manufacturing execution|MES,생산관리시스템
plc|plc,programmable logic controller|PLC,피엘씨
process-data|process data|공정데이터
quality-prediction|quality prediction,defect prediction|불량예측,품질예측
yield|yield|수율
smart-factory|smart factory|스마트공장
private-5g|5g,private network|5G,이음5G
motor|motor,ipmsm,permanent magnet|모터,전동기,구동모터
torque-ripple|torque ripple|토크리플
electromagnetic-design|electromagnetic|전자기
inverter|inverter,traction inverter|인버터
sic|sic,silicon carbide|SiC,탄화규소
power-semiconductor|power semiconductor,power module,mosfet,igbt,gan,gallium nitride,wide bandgap,wide-bandgap|전력반도체,파워모듈,질화갈륨,와이드밴드갭
gate-driver|gate driver|게이트드라이버
photovoltaic|photovoltaic,pv,solar|태양광
display|display,oled|디스플레이,OLED
lamination|lamination|합착,라미네이션
led|led,light-emitting diode|LED,발광다이오드
gas-sensor|gas sensor,voc,co2 sensor|가스센서
sensor|sensor|센서
mems|mems,micro heater|MEMS,마이크로히터
air-quality|air quality,indoor air|공기질,실내공기
smart-textile|smart textile,smart workwear,e-textile,garment|스마트의류,스마트섬유,의류
printed-electronics|printed electronics,screen-printed|인쇄전자
textile|textile,fabric|원단,직물
protective-clothing|protective clothing,firefighter|방화복,소방관,보호복
dyeing|dyeing|염색
wastewater|wastewater,effluent|폐수
heavy-metal|heavy metal,chromium|중금속,크롬
membrane-separation|membrane bioreactor,mbr,reverse osmosis|분리막,역삼투,막분리
plating|plating,electroplating|도금
water-filter|water filter,purifier|정수기,필터
pyrolysis|pyrolysis|열분해
plastic-waste|plastic waste,waste plastic|폐플라스틱
recycling|recycling|재활용
carbon-footprint|carbon footprint,pcf,iso 14067|탄소발자국
life-cycle-assessment|life-cycle assessment,lca,life cycle assessment|전과정평가,LCA
battery-passport|battery passport,battery regulation|배터리여권
demand-response|demand response|수요반응
smart-grid|smart grid|스마트그리드
energy-management|energy management,ems|에너지관리
substation|substation|변전소
quantum-key-distribution|quantum key distribution,qkd|양자암호,양자키분배
blockchain|blockchain,tamper-proof|블록체인
traceability|traceability|이력추적
seafood|seafood,fish|수산물
wind-turbine|wind turbine,wind|풍력
blade|blade|블레이드
floating-platform|floating platform,floating|부유식
mooring|mooring|계류
offshore|offshore|해상,해양
structural-health-monitoring|structural health monitoring,shm|구조건전성
shipbuilding|shipbuilding,ship,hull|조선,선체
hull-block|block|블록
cosmetics|cosmetic,cream,emulsion,emulsifier|화장품,유화제,제형
pet-food|pet food|사료,반려동물
fermentation|fermentation,starter culture,sourdough|발효
smart-farm|smart farm,greenhouse|스마트팜
strawberry|strawberry|딸기
nuclear-smr|small modular reactor,smr|소형모듈원자로,SMR
steam-generator|steam generator|증기발생기
tube|tube|전열관
hydraulic-cylinder|hydraulic cylinder|유압실린더
excavator|excavator,construction machinery|굴착기,건설기계
machining|machining,cutting tool,cryogenic machining|가공,절삭
dlc|dlc,diamond-like carbon|DLC,다이아몬드상카본
friction|friction,low-friction|마찰
wear|wear|마모
usability|usability,eye tracking|사용성,시선추적
chatbot|chatbot|챗봇
retail|retail,point-of-sale|유통,소매
x-ray-imaging|chest x-ray,lung nodule|흉부,폐결절
dental|dental,crown,zirconia|치과,크라운
water-meter|water meter,flow sensor|수도계량기,유량센서
safety-inspection|gas leak,leak detection|누출,누설
semiconductor|semiconductor,semiconductor chip,fab,wafer fab|반도체,팹
wafer|wafer|웨이퍼
etching|etching,etch|식각
lithography|lithography,photolithography|노광,리소그래피
thin-film-deposition|thin film,deposition,cvd,pvd,sputtering|박막,증착,스퍼터링
atomic-layer-deposition|atomic layer deposition,ald|원자층증착,ALD
cmp|chemical mechanical polishing,cmp|화학기계연마,CMP
semiconductor-packaging|semiconductor packaging,advanced packaging,wire bonding,flip chip|패키징,와이어본딩,플립칩
thermal-interface|thermal interface material,tim|방열소재,열계면
double-sided-cooling|double-sided cooling|양면냉각
encapsulation|encapsulation,thin-film encapsulation,tfe,barrier film|봉지,박막봉지,봉지막
water-vapour-transmission|water vapour transmission,wvtr,moisture barrier|투습,투습도
fine-metal-mask|fine metal mask,fmm|파인메탈마스크,FMM
flexible-display|flexible display,foldable,rollable|플렉서블,폴더블,롤러블
micro-led|micro led,microled|마이크로LED
touch-sensor|touch sensor,touch panel|터치센서,터치패널
optical-measurement|optical measurement,colorimetry,luminance|광학측정,휘도
roll-to-roll|roll-to-roll,r2r|롤투롤
photonics|photonics,optical fibre,optical fiber,fibre optic|광섬유,포토닉스
strain-sensor|strain sensor,strain gauge|변형률센서,스트레인게이지
vibration-sensor|vibration sensor,accelerometer|진동센서,가속도센서
wireless-sensor-network|wireless sensor,sensor network|무선센서
opc-ua|opc ua,opc-ua|OPC UA,오피씨유에이
industrial-iot|industrial iot,iiot|산업용사물인터넷,IIoT
edge-computing|edge computing|엣지컴퓨팅
cybersecurity|cybersecurity,security|사이버보안,보안
anomaly-detection|anomaly detection,outlier detection,abnormality detection,novelty detection|이상탐지,이상감지,이상징후
spindle|spindle,main spindle,spindle bearing|스핀들,주축
cnc|cnc,machining centre,machining center,machine tool,lathe,turning centre,turning center,milling machine|CNC,머시닝센터,공작기계,선반,밀링
five-axis|5-axis,five-axis|5축
compressor|compressor|압축기
valve|valve|밸브
seal|seal,sealing,gasket|실링,씰,가스켓
piston|piston|피스톤
pressure-regulator|pressure regulator|감압기,레귤레이터
humidifier|humidifier,humidification|가습기,가습
air-path|air path,air supply,blower|공기공급,블로워
hairpin-winding|hairpin,stator winding|헤어핀,권선,고정자
e-drive|e-drive,electric drive,drive unit|전동구동,구동모듈
dynamometer|dynamometer|다이나모
electro-hydraulic|electro-hydraulic,electrohydraulic|전동유압
actuator|actuator|액추에이터
power-pack|power pack|파워팩
adas|adas,driver assistance|첨단운전자보조,ADAS
crash-simulation|crash simulation,crashworthiness,crash|충돌해석,충돌
topology-optimisation|topology optimisation,topology optimization|위상최적화
structural-analysis|structural analysis,finite element,fea,fem|구조해석,유한요소
knuckle|knuckle,steering knuckle|너클,조향너클
bumper-beam|bumper beam,bumper|범퍼빔,범퍼
self-piercing-rivet|self-piercing rivet,spr|셀프피어싱리벳,SPR
adhesive-bonding|adhesive bonding,structural adhesive,adhesive,adhesives|구조용접착,접착,접착제
bending|bending,roll forming|굽힘,롤포밍
trimming|trimming,piercing|트리밍,피어싱
rtm|resin transfer moulding,rtm|수지이송성형,RTM
fibre-placement|fibre placement,fiber placement,tape laying|섬유배치,테이프레잉
nonwoven|nonwoven,non-woven|부직포
recycled-fibre|recycled carbon fibre,recycled carbon fiber,rcf|재생탄소섬유
pet|pet,polyester|폴리에스터,PET
abrasion|abrasion,wear resistance|내마모
microfluidic|microfluidic,lab-on-a-chip|미세유체,랩온어칩
in-vitro-diagnostics|in-vitro diagnostic,ivd,diagnostic kit|체외진단
clinical-trial|clinical trial,clinical study|임상시험
exoskeleton|exoskeleton,wearable robot|웨어러블로봇,외골격
cathode-material|cathode active material,high-nickel,ncm|양극활물질,하이니켈
particle-size|particle size,icp-oes|입도,입도분석
bms|battery management system,bms|배터리관리시스템,BMS
electrochemical-model|electrochemical model|전기화학모델
carbon-capture|carbon capture,ccus,co2 capture|탄소포집,이산화탄소포집
voc-abatement|voc abatement,odour control|악취,VOC저감
air-pollution|air pollution,particulate matter,fine dust|대기오염,미세먼지
noise-vibration-control|vibration isolation,damping|방진,제진,진동절연
precision-stage|linear stage,long-stroke stage,positioning stage|스테이지,정밀스테이지
concrete|concrete,cement|콘크리트,시멘트
bim|bim,building information modelling|BIM,빌딩정보모델링
steel-structure|steel structure,steel frame|철골,강구조
earthquake|seismic,earthquake|내진,지진
insulation|insulation,thermal insulation|단열
decommissioning|decommissioning,dismantling|해체
radiation|radiation,radioactive|방사선,방사성
solar-cell|solar cell,perovskite|태양전지,페로브스카이트
hydrogen-compressor|hydrogen compressor|수소압축기
high-pressure-hydrogen|high-pressure hydrogen,70 mpa,90 mpa,350 bar,700 bar|고압수소
on-tank-valve|on-tank valve,tank valve|용기밸브
certification-testing|type approval,homologation|형식승인
copper|copper,copper alloy,brass,bronze,beryllium copper,c1100,ofhc|구리,구리합금,동합금,황동,청동,베릴륨동
heat-treatment|heat treatment,heat-treated,heat treater,quenching,quench,tempering,annealing,normalising,carburising,carburizing,carburised,carburized,nitriding,nitrided,case hardening,induction hardening,solution treatment|열처리,담금질,뜨임,풀림,불림,침탄,질화,고주파경화,표면경화,용체화
anodising|anodising,anodizing,anodised,anodized,anodic oxide,hard anodising|양극산화,아노다이징,경질양극산화
thermal-spray|thermal spray,plasma spray,hvof,cold spray,arc spray|용사,플라즈마용사,열용사,콜드스프레이
antimicrobial|antimicrobial,antibacterial,antiviral,biocidal|항균,항바이러스
rare-earth|rare earth,rare-earth,heavy rare earth,neodymium,dysprosium,terbium,ndfeb|희토류,중희토류,네오디뮴,디스프로슘,테르븀
`;

export interface GlossaryConcept {
  id: string;
  en: readonly string[];
  ko: readonly string[];
}

export const TECHNICAL_GLOSSARY: readonly GlossaryConcept[] = GLOSSARY.trim()
  .split('\n')
  .map((line) => {
    const [id, en, ko] = line.split('|');
    const terms = (list: string | undefined) =>
      (list ?? '')
        .split(',')
        .map((term) => term.trim())
        .filter(Boolean);
    return { id: id as string, en: terms(en), ko: terms(ko) };
  });

const byId = new Map(TECHNICAL_GLOSSARY.map((concept) => [concept.id, concept]));

/** A concept's name in a language: its first term there (the English one when Korean has none). */
export function glossaryLabel(id: string, language: 'en' | 'ko'): string | undefined {
  const concept = byId.get(id);
  if (!concept) return undefined;
  return (language === 'ko' ? concept.ko[0] : undefined) ?? concept.en[0];
}
