// Families of the technical glossary's concepts: broader fields a technology-transfer officer
// knows two concepts share (ECG and EMG are both biosignals; a salt-spray chamber and an
// EMC chamber both belong to an environmental and reliability test lab). Matching gives a
// need's term partial credit when a capability names another concept of the same family,
// never as much as naming the concept itself (textFit, FAMILY_CREDIT).
//
// Source: written by the Spillover team from general engineering knowledge (test standards
// such as IEC 60068 and ISO 9227 group their tests this way; the fields are those of
// textbooks and of the programme's calls), over the whole glossary, not read off any pair
// of listings. Each family is
//   # why its members belong together (one line, required)
//   family-id | English label | Korean label | member concept ids (comma-separated)
// Keep families narrow: one a field's specialist would call "the same kind of work". A
// family as wide as "energy" or "AI" would let unrelated listings meet; the AI and sensor
// concepts have no family for that reason (the tempting-but-wrong pairs were
// linked by exactly such a broad code).
const FAMILIES = `
# Hydrogen fuel cells and electrolysers are the same electrochemical cell run in two directions, with the same stacks, plates, membranes and catalysts.
electrochemical-hydrogen|fuel cells and electrolysers|연료전지·수전해|fuel-cell,fuel-cell-stack,bipolar-plate,membrane-electrode-assembly,electrolyser,solid-oxide,catalyst,humidifier,air-path
# Storing and dispensing compressed hydrogen: vessels, valves, compressors and stations, and the tests that qualify them.
hydrogen-storage|hydrogen storage and dispensing|수소 저장·충전|pressure-vessel,type-iv-vessel,high-pressure-hydrogen,on-tank-valve,hydrogen-station,hydrogen-compressor,pressure-regulator,burst-test,pressure-cycling,permeation,hydrogen-embrittlement
# Mechanical testing of materials and parts: fatigue, fracture, burst and pressure cycling are run on the same servo-hydraulic rigs and read the same way.
mechanical-testing|mechanical and fatigue testing|기계적 시험·피로시험|fatigue,fracture-toughness,servo-hydraulic,burst-test,pressure-cycling,hydrogen-embrittlement
# Environmental and reliability testing (IEC 60068 and the like): one lab's chambers and shakers run salt spray, thermal shock, damp heat, vibration and EMC on the same parts.
environmental-testing|environmental and reliability testing|환경·신뢰성 시험|reliability,salt-spray,thermal-shock,humidity,emc,vibration
# Corrosion protection: coatings and platings that protect a surface, and the corrosion tests (salt spray, ISO 9227) that judge them.
corrosion-protection|corrosion protection and coatings|부식 방지·표면처리|corrosion,coating,plating,salt-spray,dlc
# Fire safety: how materials, products and batteries ignite and spread fire, and the tests and treatments for it.
fire-safety|fire safety and fire testing|화재 안전·화재시험|fire,fire-test,flame-retardant,thermal-runaway
# Non-destructive testing: finding flaws inside a part without cutting it, by X-ray CT, eddy current or monitoring in service.
non-destructive-testing|non-destructive testing|비파괴검사|non-destructive,x-ray-ct,eddy-current,structural-health-monitoring
# Condition monitoring of machines and structures: vibration and other signals read to predict failure of bearings, gears and blades.
condition-monitoring|condition monitoring|상태감시·예지보전|predictive-maintenance,vibration,bearing,gearbox,rotating-machinery,structural-health-monitoring,vibration-sensor,anomaly-detection
# Noise and vibration (NVH): the sources, such as a motor's torque ripple, and their damping and isolation.
nvh|noise and vibration|소음·진동|noise,vibration,noise-vibration-control,torque-ripple
# Biosignals: electrical signals of the body (ECG, EMG) recorded by electrodes and cleaned of the same motion artefacts.
biosignals|biosignals|생체신호|ecg,emg,biosignal,motion-artefact,arrhythmia
# Wearable electronics: sensors and circuits worn on the body, in patches, garments and printed on textiles.
wearable-electronics|wearable electronics|웨어러블 전자|wearable,smart-textile,printed-electronics,strain-sensor
# Rehabilitation engineering: gait, stroke recovery and the assistive devices that support them.
rehabilitation-engineering|rehabilitation engineering|재활공학|gait,rehabilitation,stroke,exoskeleton
# Medical device development: devices and implants, and the biocompatibility testing, clinical studies and approvals they need.
medical-devices|medical device development|의료기기 개발|medical-device,implant,biocompatibility,clinical-trial,in-vitro-diagnostics,dental,wound-dressing
# Electric drives: the motor, the inverter that feeds it and the drive unit around them, designed and tested together.
electric-drive|electric drives|전동 구동계|motor,inverter,e-drive,hairpin-winding,torque-ripple,electromagnetic-design,dynamometer,gate-driver
# Power electronics: inverters and converters, their SiC or GaN power semiconductors, gate drivers and cooling.
power-electronics|power electronics|전력전자|inverter,sic,power-semiconductor,gate-driver,double-sided-cooling
# Battery cell materials: electrodes, electrolytes and their measurement.
battery-materials|battery cell materials|이차전지 소재|anode,cathode,silicon-anode,cathode-material,solid-electrolyte,all-solid-state-battery,sulfide,ionic-conductivity,particle-size
# Battery systems: packs and modules, their management, health and safety.
battery-systems|battery systems|배터리 시스템|battery-pack,battery-module,cell,bms,state-of-health,electrochemical-model,thermal-runaway,energy-storage,battery-housing
# Battery recycling: recovering the metals of spent cells by hydrometallurgy.
battery-recycling|battery recycling and critical metals|배터리 재활용·핵심광물|battery-recycling,lithium,nickel,cobalt,hydrometallurgy
# Electric vehicles and their charging: the vehicles, chargers and battery swapping.
electric-mobility|electric vehicles and charging|전기차·충전|electric-vehicle,charging,battery-swapping,hydrogen-truck
# Light metals: aluminium, magnesium and titanium alloys, chosen for the same weight savings.
light-metals|light metals|경량금속|aluminium,magnesium,titanium
# Casting and forming of metal parts: the process routes a part may take, and their tooling.
metal-forming|metal casting and forming|금속 주조·성형|casting,die-casting,extrusion,forging,hot-stamping,stamping,bending,trimming,die
# Joining: welding, brazing, riveting and bonding of parts, and the distortion it causes.
joining|joining and welding|접합·용접|welding,friction-stir-welding,dissimilar-joining,joining,brazing,laser-welding,welding-distortion,self-piercing-rivet,adhesive-bonding
# Composites: fibre-reinforced parts, their fibres, resins and forming processes.
composites|fibre-reinforced composites|섬유강화 복합재|cfrp,composite,thermoplastic,rtm,fibre-placement,recycled-fibre
# Vehicle structures: body, chassis and crash parts, designed for weight and crash together.
vehicle-structures|vehicle body and chassis structures|차체·샤시 구조|body-in-white,b-pillar,bumper-beam,knuckle,suspension,seat-frame,battery-housing,crash-simulation
# Engineering simulation (CAE): finite elements, CFD, crash and topology optimisation.
engineering-simulation|engineering simulation|공학 해석(CAE)|structural-analysis,topology-optimisation,crash-simulation,cfd
# Tribology: friction, wear and the surfaces and coatings that reduce them.
tribology|tribology|트라이볼로지|friction,wear,abrasion,dlc
# Fluid power: hydraulic cylinders, valves, pumps and electro-hydraulic actuators.
fluid-power|fluid power|유공압|hydraulic-cylinder,electro-hydraulic,actuator,power-pack,valve,servo-hydraulic,piston,seal
# Machining: cutting metal on CNC machines.
machining|machining|절삭가공|machining,cnc,five-axis,spindle
# Industrial robotics: programming robots and making them sense force and parts.
industrial-robotics|industrial robotics|산업용 로봇|robot,offline-programming,teaching,force-control,bin-picking
# Mobile robots and navigation: vehicles that localise, map and plan their paths.
mobile-robotics|mobile robots and navigation|이동로봇·자율주행|agv,slam,lidar,path-planning,fleet-management,adas
# Machine vision inspection: cameras and image analysis that find defects.
vision-inspection|machine vision inspection|머신비전 검사|machine-vision,surface-defect,defect-inspection
# Manufacturing data: production data collected and analysed to predict quality and yield.
manufacturing-data|manufacturing data analytics|제조 데이터 분석|process-data,quality-prediction,yield,mes,smart-factory,digital-twin
# Industrial networks: connecting machines and controllers and securing what they send.
industrial-networks|industrial networks|산업 네트워크|opc-ua,industrial-iot,edge-computing,private-5g,wireless-sensor-network,plc
# Industrial heat: recovering and upgrading heat and steam in plants.
industrial-heat|industrial heat recovery|산업 열회수|waste-heat,heat-pump,organic-rankine,heat-exchanger,steam
# Energy management: running a site's or a grid's energy use and storage against price and load.
energy-management|energy management and grids|에너지관리·전력망|energy-management,demand-response,smart-grid,energy-storage,substation
# Thermal management: keeping components cool, with coolants, exchangers and interface materials.
thermal-management|thermal management|열관리|cooling,thermal-management,heat-exchanger,thermal-interface,double-sided-cooling
# Semiconductor processes: wafer fabrication steps and packaging.
semiconductor-process|semiconductor processes|반도체 공정|semiconductor,wafer,etching,lithography,thin-film-deposition,atomic-layer-deposition,cmp,semiconductor-packaging
# Displays: panels, their layers and their optical measurement.
displays|displays|디스플레이|display,flexible-display,micro-led,encapsulation,water-vapour-transmission,fine-metal-mask,touch-sensor,lamination,optical-measurement,led
# Solar power: photovoltaic cells and systems.
solar-power|solar power|태양광|photovoltaic,solar-cell
# Water treatment: cleaning wastewater of metals and other pollutants.
water-treatment|water treatment|수처리|wastewater,heavy-metal,membrane-separation,water-filter
# Air quality: measuring and reducing pollutants in the air.
air-quality-control|air quality|대기질|gas-sensor,air-quality,air-pollution,voc-abatement
# Carbon accounting: measuring a product's footprint over its life cycle.
carbon-accounting|carbon accounting|탄소회계|carbon-footprint,life-cycle-assessment,battery-passport
# Recycling: turning waste materials back into raw materials.
recycling|recycling|재활용|recycling,plastic-waste,pyrolysis,battery-recycling,recycled-fibre
# Offshore wind: turbines, blades, floating platforms and their moorings.
offshore-wind|offshore wind|해상풍력|wind-turbine,blade,floating-platform,mooring,offshore
# Building structures: concrete and steel structures, their design and earthquake safety.
building-structures|building structures|건축 구조|concrete,bim,steel-structure,earthquake,insulation,facade
# Nuclear engineering: reactors, their components and decommissioning.
nuclear|nuclear engineering|원자력|nuclear-smr,steam-generator,decommissioning,radiation
# Data security and trust: protecting data and proving where it came from.
data-security|data security|데이터 보안|cybersecurity,blockchain,quantum-key-distribution
`;

export interface ConceptFamily {
  id: string;
  label: { en: string; ko: string };
  /** Why the members belong together: the reviewed comment of the data file. */
  why: string;
  members: readonly string[];
}

function parse(text: string): ConceptFamily[] {
  const families: ConceptFamily[] = [];
  let why = '';
  for (const line of text.trim().split('\n')) {
    if (line.startsWith('#')) {
      why = line.slice(1).trim();
      continue;
    }
    const [id, en, ko, members] = line.split('|');
    families.push({
      id: (id ?? '').trim(),
      label: { en: (en ?? '').trim(), ko: (ko ?? '').trim() },
      why,
      members: (members ?? '')
        .split(',')
        .map((member) => member.trim())
        .filter(Boolean),
    });
    why = '';
  }
  return families;
}

export const CONCEPT_FAMILIES: readonly ConceptFamily[] = parse(FAMILIES);

const familiesByConcept = new Map<string, string[]>();
for (const family of CONCEPT_FAMILIES)
  for (const member of family.members) {
    const list = familiesByConcept.get(member) ?? [];
    if (!list.includes(family.id)) list.push(family.id);
    familiesByConcept.set(member, list);
  }
const familyById = new Map(CONCEPT_FAMILIES.map((family) => [family.id, family]));

/** The families a glossary concept belongs to (none for most). */
export const familiesOfConcept = (concept: string): readonly string[] =>
  familiesByConcept.get(concept) ?? [];

/** A family's name in a language. */
export const conceptFamilyLabel = (id: string, language: 'en' | 'ko'): string | undefined =>
  familyById.get(id)?.label[language];
