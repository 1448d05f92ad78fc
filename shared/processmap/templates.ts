/**
 * Starting maps, as data. The texts are our own short summaries of two flows
 * from the source documents: the discharge process the LOS law sets out, and
 * the home health care flow a county agreed on, whose steps go round rather
 * than end (following up leads back to assessing again). Once created they
 * are the user's text, written in the language the app runs in at the time.
 */
import type { Huvudman } from '../participant/schema';
import type { Language } from '../settings/schema';
import type { ElementKind, MapTemplate } from './schema';

export interface TemplateLane {
  readonly name: string;
  readonly huvudman: Huvudman | null;
}

export interface TemplateElement {
  readonly key: string;
  readonly kind: ElementKind;
  /** Index into the template's lanes. */
  readonly lane: number;
  /** Place along the flow; the map spaces columns evenly. */
  readonly column: number;
  readonly label: string;
  readonly responsible: string;
}

export interface TemplateArrow {
  readonly from: string;
  readonly to: string;
  readonly label: string;
}

export interface TemplateMap {
  readonly lanes: readonly TemplateLane[];
  readonly elements: readonly TemplateElement[];
  readonly arrows: readonly TemplateArrow[];
}

/** The person's own lane first, then the care actors of the collaboration zone. */
const defaultLanes: Readonly<Record<Language, readonly TemplateLane[]>> = {
  sv: [
    { name: 'Personen och närstående: behov och det som är värdefullt', huvudman: null },
    { name: 'Sjukhusets slutenvård', huvudman: 'region' },
    { name: 'Socialtjänsten i kommunen', huvudman: 'kommun' },
    { name: 'Kommunens hälso- och sjukvård', huvudman: 'kommun' },
    { name: 'Primärvården (vårdcentralen)', huvudman: 'region' },
  ],
  en: [
    { name: 'The person and their family: needs and what matters', huvudman: null },
    { name: 'Hospital inpatient care', huvudman: 'region' },
    { name: 'Municipal social services', huvudman: 'kommun' },
    { name: 'Municipal health care', huvudman: 'kommun' },
    { name: 'Primary care (health centre)', huvudman: 'region' },
  ],
};

const PERSON = 0;
const HOSPITAL = 1;
const SOCIAL = 2;
const MUNICIPAL_CARE = 3;
const PRIMARY = 4;

type Words = readonly [label: string, responsible: string];
const el = (key: string, kind: ElementKind, lane: number, column: number, [label, responsible]: Words): TemplateElement => ({ key, kind, lane, column, label, responsible });
const flow = (...keys: string[]): TemplateArrow[] => keys.slice(1).map((to, index) => ({ from: keys[index] ?? '', to, label: '' }));

function losDischarge(language: Language): TemplateMap {
  const w = ({
    sv: {
      admitted: ['Läggs in på sjukhus', ''],
      notice: ['Inskrivningsmeddelande till berörda inom ett dygn', 'Ansvarig läkare'],
      ownPlanning: ['Varje part planerar sina insatser', 'Biståndshandläggare'],
      contact: ['En fast vårdkontakt utses', 'Verksamhetschef på vårdcentralen'],
      ready: ['Bedöms utskrivningsklar; berörda underrättas', 'Ansvarig läkare'],
      sipNeeded: ['Behövs insatser från flera huvudmän?', ''],
      sip: ['Kallelse till SIP senast tre dagar efter underrättelsen', 'Den fasta vårdkontakten'],
      handover: ['Information förs över till dem som tar emot', 'Sjuksköterska på avdelningen'],
      discharge: ['Skrivs ut', ''],
      home: ['Tas emot i hemmet med insatserna på plats', 'Hemsjukvården och hemtjänsten'],
      safe: ['Hemma och trygg', ''],
      yes: 'ja',
      no: 'nej',
    },
    en: {
      admitted: ['Admitted to hospital', ''],
      notice: ['Admission notice to those concerned within a day', 'Responsible doctor'],
      ownPlanning: ['Each party plans its own services', 'Needs assessor'],
      contact: ['A named care contact is appointed', 'Head of the health centre'],
      ready: ['Judged ready for discharge; those concerned are told', 'Responsible doctor'],
      sipNeeded: ['Are services needed from more than one principal?', ''],
      sip: ['Invitation to a SIP within three days of the notice', 'The named care contact'],
      handover: ['Information passed on to those who take over', 'Ward nurse'],
      discharge: ['Discharged', ''],
      home: ['Received at home with services in place', 'Home health care and home help'],
      safe: ['Home and feeling safe', ''],
      yes: 'yes',
      no: 'no',
    },
  } as const)[language];
  return {
    lanes: defaultLanes[language],
    elements: [
      el('admitted', 'start', PERSON, 0, w.admitted),
      el('notice', 'step', HOSPITAL, 1, w.notice),
      el('ownPlanning', 'step', SOCIAL, 2, w.ownPlanning),
      el('contact', 'step', PRIMARY, 3, w.contact),
      el('ready', 'step', HOSPITAL, 4, w.ready),
      el('sipNeeded', 'decision', PRIMARY, 5, w.sipNeeded),
      el('sip', 'step', PRIMARY, 6, w.sip),
      el('handover', 'document', HOSPITAL, 7, w.handover),
      el('discharge', 'step', HOSPITAL, 8, w.discharge),
      el('home', 'step', MUNICIPAL_CARE, 9, w.home),
      el('safe', 'end', PERSON, 10, w.safe),
    ],
    arrows: [
      ...flow('admitted', 'notice', 'ownPlanning', 'contact', 'ready', 'sipNeeded'),
      { from: 'sipNeeded', to: 'sip', label: w.yes },
      { from: 'sipNeeded', to: 'handover', label: w.no },
      ...flow('sip', 'handover', 'discharge', 'home', 'safe'),
    ],
  };
}

function homeCare(language: Language): TemplateMap {
  const w = ({
    sv: {
      person: ['Personen behöver vård i hemmet', ''],
      request: ['Vårdbegäran', 'Den som remitterar'],
      assess: ['Utreda och bedöma', 'Sjuksköterska i kommunen'],
      plan: ['Vårdplan eller hälsoplan, gjord tillsammans med personen', 'Sjuksköterska i kommunen'],
      ongoing: ['Hälso- och sjukvård pågår i hemmet', 'Hemsjukvården'],
      followUp: ['Följa upp', 'Sjuksköterska i kommunen'],
      stillNeeded: ['Behövs vården fortfarande?', ''],
      close: ['Avslut', ''],
      changed: 'behoven har ändrats',
      same: 'som planerat',
      done: 'nej',
    },
    en: {
      person: ['The person needs care at home', ''],
      request: ['Request for care', 'Whoever refers'],
      assess: ['Assess and evaluate', 'Municipal nurse'],
      plan: ['Care plan or health plan, made with the person', 'Municipal nurse'],
      ongoing: ['Health care goes on at home', 'Home health care'],
      followUp: ['Follow up', 'Municipal nurse'],
      stillNeeded: ['Is the care still needed?', ''],
      close: ['Closure', ''],
      changed: 'needs have changed',
      same: 'as planned',
      done: 'no',
    },
  } as const)[language];
  return {
    lanes: defaultLanes[language],
    elements: [
      el('person', 'start', PERSON, 0, w.person),
      el('request', 'step', PRIMARY, 1, w.request),
      el('assess', 'step', MUNICIPAL_CARE, 2, w.assess),
      el('plan', 'step', MUNICIPAL_CARE, 3, w.plan),
      el('ongoing', 'step', MUNICIPAL_CARE, 4, w.ongoing),
      el('followUp', 'step', MUNICIPAL_CARE, 5, w.followUp),
      el('stillNeeded', 'decision', MUNICIPAL_CARE, 6, w.stillNeeded),
      el('close', 'end', PERSON, 7, w.close),
    ],
    arrows: [
      ...flow('person', 'request', 'assess', 'plan', 'ongoing', 'followUp', 'stillNeeded'),
      // The flow goes round: following up sends the person back to be assessed again, or on as planned.
      { from: 'stillNeeded', to: 'assess', label: w.changed },
      { from: 'stillNeeded', to: 'ongoing', label: w.same },
      { from: 'stillNeeded', to: 'close', label: w.done },
    ],
  };
}

export function templateMap(template: MapTemplate, language: Language): TemplateMap {
  switch (template) {
    case 'empty':
      return { lanes: defaultLanes[language], elements: [], arrows: [] };
    case 'los_discharge':
      return losDischarge(language);
    case 'home_care':
      return homeCare(language);
  }
}
