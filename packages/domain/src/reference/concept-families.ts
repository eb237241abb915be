// Families of the technical glossary's concepts: broader fields a technology-transfer officer
// knows two concepts share (ECG and EMG are both biosignals; salt spray and thermal shock are
// run in the same environmental test lab). Matching gives a need's term partial credit when a
// capability names another concept of the same family, never as much as naming the concept
// itself (textFit, FAMILY_CREDIT).
//
// Two principles every family must meet (reviewed family by family, issue 12):
//   1. A family groups technologies or methods that a partner skilled in one can credibly
//      apply to another: the same know-how, the same equipment or the same physics. Never
//      group by place ("offshore"), market ("electric mobility", "nuclear") or product
//      category ("medical devices", "vehicle structures", "displays") alone, and leave out
//      concepts whose words mean different work in different fields (a bare "robot",
//      "inspection", "yield", "valve") or that name a material or pollutant, not a method
//      (lithium, heavy metals).
//   2. A test method and the product it tests are not one family: a salt-spray lab is not a
//      coating maker, a biocompatibility lab is not an implant maker, a dynamometer is not a
//      motor. Tests group with tests run on the same equipment; products with the know-how
//      that makes them.
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
# Hydrogen fuel cells and electrolysers are the same electrochemical cell run in two directions, built from the same stacks, plates and membrane electrode assemblies.
electrochemical-hydrogen|fuel cells and electrolysers|연료전지·수전해|fuel-cell,fuel-cell-stack,bipolar-plate,membrane-electrode-assembly,electrolyser,solid-oxide
# High-pressure hydrogen vessels: a Type IV tank is one kind of pressure vessel, designed with the same burst and cycle-life methods.
hydrogen-vessels|hydrogen pressure vessels|수소 압력용기|pressure-vessel,type-iv-vessel
# Materials in hydrogen: embrittlement and permeation are measured in the same high-pressure hydrogen cells and explained by the same diffusion of hydrogen in metals and polymers.
hydrogen-compatibility|materials in hydrogen|수소 환경 소재 특성|hydrogen-embrittlement,permeation
# High-pressure hydrogen flow control: tank valves and regulators share seals, materials and leak-tightness know-how at 70 MPa.
hydrogen-flow-control|high-pressure hydrogen valves and regulators|고압수소 밸브·레귤레이터|on-tank-valve,pressure-regulator
# Mechanical testing of materials and parts: fatigue, fracture, burst and pressure cycling are run on the same servo-hydraulic rigs and read the same way.
mechanical-testing|mechanical and fatigue testing|기계적 시험·피로시험|fatigue,fracture-toughness,servo-hydraulic,burst-test,pressure-cycling,hydrogen-embrittlement
# Environmental and reliability testing (IEC 60068 and the like): the same climatic chambers run salt spray, thermal shock and damp heat on the same parts (EMC needs an anechoic chamber and other physics; "vibration" also means monitoring and NVH, so neither is here).
environmental-testing|environmental and reliability testing|환경·신뢰성 시험|reliability,salt-spray,thermal-shock,humidity
# Corrosion protection: the coatings and platings that protect a surface, made with the same surface-preparation and corrosion know-how (the salt-spray test that judges them is a test lab's work, not theirs).
corrosion-protection|corrosion protection and coatings|부식 방지·표면처리|corrosion,coating,plating
# Fire behaviour and fire testing: how materials, products and battery cells ignite and spread fire, measured in the same burn halls and calorimeters (flame-retardant finishing is a material maker's work, not a fire lab's).
fire-safety|fire behaviour and fire testing|화재 거동·화재시험|fire,fire-test,thermal-runaway
# Non-destructive testing: finding flaws inside a part without cutting it, by X-ray CT, eddy current or sensors left in service; the same flaw physics and inspectors.
non-destructive-testing|non-destructive testing|비파괴검사|non-destructive,x-ray-ct,eddy-current,structural-health-monitoring
# Condition monitoring: vibration and other signals measured with the same sensors and read with the same analysis to predict failure (the bearings and gears it watches are products of other makers).
condition-monitoring|condition monitoring|상태감시·예지보전|predictive-maintenance,vibration,structural-health-monitoring,vibration-sensor
# Noise and vibration (NVH): measuring vibration and noise and damping or isolating them, with the same accelerometers, microphones and modal analysis.
nvh|noise and vibration|소음·진동|noise,vibration,noise-vibration-control
# Biosignals: electrical signals of the body (ECG, EMG) recorded by electrodes and cleaned of the same motion artefacts.
biosignals|biosignals|생체신호|ecg,emg,biosignal,motion-artefact
# Flexible and printed electronics: sensors and conductors printed or woven into soft substrates, with the same inks, stretchable materials and processes.
flexible-electronics|flexible and printed electronics|유연·인쇄 전자|smart-textile,printed-electronics,strain-sensor
# Rehabilitation engineering: the biomechanics of gait and the assistive devices, such as exoskeletons, built on it.
rehabilitation-engineering|rehabilitation engineering|재활공학|gait,rehabilitation,exoskeleton
# Electric machines: motors designed by electromagnetic analysis, their windings and torque ripple; the same machine designers and tools (the inverter is power electronics, the dynamometer a test bench).
electric-machines|electric machines|전기기기(모터)|motor,hairpin-winding,torque-ripple,electromagnetic-design
# Power electronics: inverters and converters, their SiC power semiconductors, gate drivers and module packaging, designed by the same engineers.
power-electronics|power electronics|전력전자|inverter,sic,power-semiconductor,gate-driver,double-sided-cooling
# Battery cell materials: electrodes and electrolytes, synthesised and characterised in the same labs with the same electrochemistry.
battery-materials|battery cell materials|이차전지 소재|anode,cathode,silicon-anode,cathode-material,solid-electrolyte,all-solid-state-battery,sulfide,ionic-conductivity
# Battery management: estimating a battery's state and health from the same electrochemical models and measurements.
battery-management|battery management and state estimation|배터리 관리·상태추정|bms,state-of-health,electrochemical-model
# Battery module and pack integration: cells assembled into modules and packs by the same integrators, with the same mechanical, electrical and thermal design.
battery-packs|battery module and pack integration|배터리 모듈·팩|battery-pack,battery-module
# Battery recycling by hydrometallurgy: leaching and solvent extraction of the metals of spent cells.
battery-recycling|battery recycling by hydrometallurgy|배터리 습식 재활용|battery-recycling,hydrometallurgy
# Metal casting: die casting is casting into a metal die; the same foundry know-how of melt, filling and solidification.
casting|metal casting|금속 주조|casting,die-casting
# Sheet-metal forming: stamping, press hardening, bending and trimming of sheets on the same presses with the same formability know-how.
sheet-metal-forming|sheet-metal forming|판재 성형|stamping,hot-stamping,bending,trimming
# Bulk metal forming: extrusion and forging shape billets by the same plastic deformation and die design.
bulk-forming|bulk metal forming|체적 성형(압출·단조)|extrusion,forging
# Joining: welding, brazing, riveting and bonding of parts, and the distortion it causes; one joining engineer's field.
joining|joining and welding|접합·용접|welding,friction-stir-welding,dissimilar-joining,joining,brazing,laser-welding,welding-distortion,self-piercing-rivet,adhesive-bonding
# Composites: fibre-reinforced parts, their fibres and the forming processes that lay and impregnate them.
composites|fibre-reinforced composites|섬유강화 복합재|cfrp,composite,rtm,fibre-placement,recycled-fibre
# Structural simulation (FEA): structural analysis, crash and topology optimisation run on the same finite-element models and solvers (CFD is fluid physics, not here).
structural-simulation|structural simulation|구조 해석(FEA)|structural-analysis,topology-optimisation,crash-simulation
# Tribology: friction, wear and the surface coatings that reduce them, measured on the same tribometers.
tribology|tribology|트라이볼로지|friction,wear,abrasion,dlc
# Hydraulics: hydraulic cylinders, electro-hydraulic actuation and power units, designed with the same fluid-power know-how.
hydraulics|hydraulics|유압|hydraulic-cylinder,electro-hydraulic,power-pack
# Machining: cutting metal on CNC machines and their spindles.
machining|machining|절삭가공|machining,cnc,five-axis,spindle
# Industrial robot programming: teaching, offline programming, force control and bin picking, the same integrator's skills on the same arms.
robot-programming|industrial robot programming|산업용 로봇 프로그래밍|offline-programming,teaching,force-control,bin-picking
# Mobile robot navigation: localising, mapping and planning paths from lidar, for one robot or a fleet.
mobile-navigation|mobile robot navigation|이동로봇 항법|slam,lidar,path-planning,fleet-management
# Machine vision inspection: cameras and image analysis that find surface defects.
vision-inspection|machine vision inspection|머신비전 검사|machine-vision,surface-defect
# Manufacturing data: production data collected from MES and analysed to predict quality.
manufacturing-data|manufacturing data analytics|제조 데이터 분석|process-data,quality-prediction,mes
# Industrial connectivity: connecting machines and controllers over OPC UA and IIoT to the edge, the same automation integrators' work.
industrial-connectivity|industrial connectivity|산업 연결(IIoT)|opc-ua,industrial-iot,edge-computing,plc
# Industrial heat: recovering and upgrading heat and steam in plants with the same thermodynamic cycles and exchangers.
industrial-heat|industrial heat recovery|산업 열회수|waste-heat,heat-pump,organic-rankine,heat-exchanger,steam
# Energy management: running a site's or a grid's loads against price and demand with the same forecasting and control.
energy-management|energy management and demand response|에너지관리·수요반응|energy-management,demand-response,smart-grid
# Thermal management of components: keeping electronics and cells cool with coolants, interface materials and double-sided cooling; the same heat-transfer know-how.
thermal-management|thermal management|열관리|cooling,thermal-management,thermal-interface,double-sided-cooling
# Wafer fabrication processes: etching, lithography, deposition and polishing in the same cleanrooms with the same process know-how.
wafer-processes|wafer fabrication processes|반도체 전공정|etching,lithography,thin-film-deposition,atomic-layer-deposition,cmp
# Wastewater treatment: separating pollutants from industrial water with membranes and bioreactors.
wastewater-treatment|wastewater treatment|폐수처리|wastewater,membrane-separation
# Carbon accounting: a product's footprint over its life cycle, by the same LCA methods.
carbon-accounting|carbon accounting|탄소회계|carbon-footprint,life-cycle-assessment
# Floating structures: platforms and their moorings, designed with the same hydrodynamics of moored floating bodies.
floating-structures|floating structures and moorings|부유식 구조물·계류|floating-platform,mooring
# Structural engineering of buildings: concrete and steel structures and their seismic design, by the same structural engineers.
structural-engineering|structural engineering|건축 구조공학|concrete,steel-structure,earthquake
# Building envelope: facades and their insulation, designed with the same building physics.
building-envelope|building envelope|건물 외피|facade,insulation
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
