// Reviewed relations from a problem or a material a need names to the techniques and
// services that address it: a need about porosity in castings is helped by X-ray CT (which
// finds it) and by HIP (which closes it), though neither shares a word with "porosity".
// Directed: a need naming the first concept gives partial credit (textFit, RELATION_CREDIT)
// to a capability naming one of the others, never the other way round, so a CT lab does not
// meet every listing that mentions porosity.
//
// Principles (each relation reviewed against them):
//   1. The related concept is a technique, test or service a technology-transfer officer
//      would introduce for the problem as a matter of course (fatigue → fatigue rigs,
//      corrosion → salt-spray testing and protective coatings), not a product that merely
//      suffers from it.
//   2. No relation from a broad concept (AI, sensor, robot, inspection) and none to one: a
//      broad end would let unrelated listings meet, as the tempting pairs did.
//
// Source: written by the Spillover team from general engineering knowledge (failure
// analysis and test-selection practice: ASM Handbook vol. 11 on failure analysis, ISO 9227
// and IEC 60068 on environmental tests), over the whole glossary, not read off any pair of
// listings. Each line: concept | related concept ids (comma-separated) | why (required).
const RELATIONS = `
porosity|x-ray-ct,non-destructive,hot-isostatic-pressing|pores are found by CT or other NDT and closed by HIP
fatigue|servo-hydraulic,fracture-toughness,non-destructive|fatigue life is measured on servo-hydraulic rigs, cracks found by NDT
hydrogen-embrittlement|fracture-toughness,fatigue,servo-hydraulic|embrittlement is measured as lost toughness and fatigue life
corrosion|salt-spray,coating,plating,anodising,thermal-spray|corrosion is tested in salt spray and prevented by coatings and platings
wear|dlc,coating,thermal-spray,heat-treatment|wear is reduced by hard coatings and surface hardening
friction|dlc,coating|friction is reduced by low-friction coatings
surface-defect|machine-vision|surface defects are found by vision inspection
welding-distortion|structural-analysis,heat-treatment|distortion is predicted by FE simulation and relieved by heat treatment
noise|vibration,noise-vibration-control,structural-analysis|noise is vibration radiated: measured, isolated and designed out together
vibration|noise-vibration-control,vibration-sensor,predictive-maintenance|vibration is measured by its sensors, isolated, or watched for failures
bearing|predictive-maintenance,vibration-sensor|bearing failures are foreseen from vibration
gearbox|predictive-maintenance,vibration-sensor|gearbox failures are foreseen from vibration
rotating-machinery|predictive-maintenance,vibration-sensor|rotating machines are watched for failures by vibration
thermal-runaway|fire-test,flame-retardant|thermal runaway is a fire behaviour: tested in fire labs, slowed by flame retardants
fire|fire-test,flame-retardant|fire safety is proven by fire tests and helped by flame retardants
wastewater|membrane-separation|industrial wastewater is treated by membrane processes
heavy-metal|membrane-separation,hydrometallurgy|heavy metals are removed by membranes or recovered by hydrometallurgy
air-pollution|voc-abatement,gas-sensor|air pollutants are abated at the source and measured by gas sensors
cooling|thermal-management,cfd,thermal-interface,heat-exchanger|cooling is designed with CFD, interface materials and heat exchangers
thermal-management|cfd,thermal-interface,heat-exchanger|thermal management is designed with CFD, interface materials and heat exchangers
state-of-health|electrochemical-model,bms|battery health is estimated by cell models in the BMS
battery-recycling|hydrometallurgy,pyrolysis|batteries are recycled by hydrometallurgy and pyrolysis
plastic-waste|pyrolysis|plastic waste is turned into oil by pyrolysis
carbon-footprint|life-cycle-assessment|a carbon footprint is one result of a life-cycle assessment
battery-passport|carbon-footprint,life-cycle-assessment,traceability|the EU battery passport asks for the carbon footprint and traceability of a battery
implant|biocompatibility,regulatory-approval|an implant needs biocompatibility tests and approval
medical-device|biocompatibility,regulatory-approval,clinical-trial|a medical device needs biocompatibility tests, approval and clinical evidence
pressure-vessel|burst-test,pressure-cycling|pressure vessels are qualified by burst and pressure-cycle tests
high-pressure-hydrogen|burst-test,pressure-cycling,hydrogen-embrittlement|high-pressure hydrogen parts are qualified by burst and cycle tests and embrittlement data
reliability|salt-spray,thermal-shock,humidity|reliability is proven by environmental tests
lightweight|topology-optimisation,composite,cfrp|weight is cut by topology optimisation and composites
crash-simulation|structural-analysis|crash behaviour is computed by FE analysis
safety-inspection|gas-sensor|a gas leak is detected by gas sensors
`;

export interface ConceptRelation {
  from: string;
  to: readonly string[];
  why: string;
}

export const CONCEPT_RELATIONS: readonly ConceptRelation[] = RELATIONS.trim()
  .split('\n')
  .map((line) => {
    const [from, to, why] = line.split('|');
    return {
      from: from as string,
      to: (to ?? '').split(',').filter((id) => id && id !== from),
      why: why ?? '',
    };
  })
  .filter((relation) => relation.to.length > 0);

const RELATED = new Map<string, readonly string[]>(
  CONCEPT_RELATIONS.map((relation) => [relation.from, relation.to]),
);

/** The concepts a need naming `concept` is helped by (none for most concepts). */
export const relatedConcepts = (concept: string): readonly string[] => RELATED.get(concept) ?? [];
