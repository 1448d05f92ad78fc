/**
 * Starting structures for a new plan, as data. The texts are our own
 * summaries of the shapes the source plans use (a regional LOS plan with
 * five areas; a joint gap analysis between vårdcentral and kommunal
 * hemsjukvård). Once created they are the user's text, so they are written
 * in the language the app runs in when the plan is made.
 */
import type { Language } from '../settings/schema';
import type { Huvudman } from '../participant/schema';
import type { PlanTemplate } from './schema';

export interface TemplateActivity {
  readonly what: string;
  readonly responsibleOrganisation: string;
  readonly responsibleHuvudman: Huvudman | null;
  /** Index into the area's goals; null: directly under the område. */
  readonly goal: number | null;
}

export interface TemplateArea {
  readonly title: string;
  readonly description: string;
  readonly goals: readonly string[];
  readonly activities: readonly TemplateActivity[];
}

const act = (what: string, responsibleOrganisation: string, responsibleHuvudman: Huvudman | null, goal: number | null = 0): TemplateActivity => ({
  what,
  responsibleOrganisation,
  responsibleHuvudman,
  goal,
});

const losRegional: Readonly<Record<Language, readonly TemplateArea[]>> = {
  sv: [
    {
      title: 'Riktlinjer och rutiner för utskrivningen',
      description: 'Ett gemensamt och förutsägbart arbetssätt när någon skrivs ut, så att alla parter vet vem som gör vad.',
      goals: ['Gemensamma rutiner är beslutade', 'Rutinerna används i alla berörda verksamheter'],
      activities: [
        act('Gör en tidsplan för att ta fram rutinerna', 'Region och kommun gemensamt', null),
        act('Utse representanter till arbetsgruppen', 'Varje huvudman', null),
        act('Förankra förslaget hos chefer och medarbetare', 'Region och kommun gemensamt', null, 1),
      ],
    },
    {
      title: 'Tryggt mottagande i hemmet',
      description: 'Den som kommer hem ska mötas av insatser som är på plats och känna sig delaktig i sin planering.',
      goals: ['Arbetssätten i kommun och öppenvård är anpassade till lagen', 'Lokala arbetssätt för mottagandet är utvecklade'],
      activities: [
        act('Se över uppdraget för öppenvården', 'Regionen', 'region'),
        act('Se över arbetsprocessen för biståndsbedömning', 'Kommunen', 'kommun'),
        act('Ordna träffar för att dela erfarenheter', 'Region och kommun gemensamt', null, 1),
      ],
    },
    {
      title: 'Digitalt stöd för utskrivningen',
      description: 'Informationen ska följa personen mellan huvudmännen utan dubbelarbete.',
      goals: ['Dagens system för informationsöverföring fungerar för den nya processen'],
      activities: [
        act('Kartlägg hur systemet för informationsöverföring används i dag', 'Regionen', 'region'),
        act('Pröva vårdplanering på distans', 'Region och kommun gemensamt', null),
      ],
    },
    {
      title: 'Uppföljning och utvärdering',
      description: 'En gemensam bild av hur det går, med mått som följs över tid och används för att styra arbetet.',
      goals: ['Gemensamma indikatorer och en uppföljningsplan finns'],
      activities: [
        act('Ta fram gemensamma indikatorer och en uppföljningsplan', 'Region och kommun gemensamt', null),
        act('Mät ett utgångsläge och rapportera det till styrgruppen', 'Processledarna', null),
        act('Ta fram en rutin för avvikelser', 'Region och kommun gemensamt', null),
      ],
    },
    {
      title: 'Gemensam kommunikation',
      description: 'Medarbetare och invånare ska få samma budskap om vad som gäller och varför.',
      goals: ['Alla berörda medarbetare känner till arbetssättet och planen'],
      activities: [
        act('Gör ett gemensamt informationsblad', 'Processledarna', null),
        act('Besluta om en kommunikationsplan', 'Styrgruppen', null),
      ],
    },
  ],
  en: [
    {
      title: 'Guidelines and routines for discharge',
      description: 'One shared, predictable way of working when someone is discharged, so every party knows who does what.',
      goals: ['Shared routines are decided', 'The routines are used in every service concerned'],
      activities: [
        act('Make a timetable for drafting the routines', 'Region and municipality together', null),
        act('Appoint members of the working group', 'Each principal organisation', null),
        act('Anchor the draft with managers and staff', 'Region and municipality together', null, 1),
      ],
    },
    {
      title: 'A safe return home',
      description: 'People coming home find their support in place and take part in planning it.',
      goals: ['Municipal and outpatient ways of working fit the law', 'Local ways of receiving people at home are developed'],
      activities: [
        act('Review the remit of outpatient care', 'Region', 'region'),
        act('Review the needs-assessment process', 'Municipality', 'kommun'),
        act('Arrange meetings to share experience', 'Region and municipality together', null, 1),
      ],
    },
    {
      title: 'Digital support for discharge',
      description: 'Information follows the person between organisations without double work.',
      goals: ['Today’s information-transfer system works for the new process'],
      activities: [
        act('Map how the information-transfer system is used today', 'Region', 'region'),
        act('Try discharge planning by video', 'Region and municipality together', null),
      ],
    },
    {
      title: 'Follow-up and evaluation',
      description: 'A shared picture of how things go, with measures followed over time and used to steer the work.',
      goals: ['Shared indicators and a follow-up plan exist'],
      activities: [
        act('Agree shared indicators and a follow-up plan', 'Region and municipality together', null),
        act('Measure a baseline and report it to the steering group', 'Process leaders', null),
        act('Set up a routine for incident reports', 'Region and municipality together', null),
      ],
    },
    {
      title: 'Shared communication',
      description: 'Staff and residents hear one message about what applies and why.',
      goals: ['All staff concerned know the way of working and the plan'],
      activities: [
        act('Write a shared information sheet', 'Process leaders', null),
        act('Decide a communication plan', 'Steering group', null),
      ],
    },
  ],
};

const gapAnalysis: Readonly<Record<Language, readonly TemplateArea[]>> = {
  sv: [
    {
      title: 'Vägen in till hemsjukvården',
      description: 'Hur en vårdbegäran görs, tas emot och bedöms – och var vi i dag tolkar olika.',
      goals: ['Vi har en gemensam bild av hur vägen in fungerar i dag', 'Skillnaderna mot överenskommelsen är åtgärdade'],
      activities: [
        act('Gå igenom några aktuella vårdbegäranden tillsammans', 'Vårdcentral och hemsjukvård', null),
        act('Skriv ner var vi gör olika och varför', 'Vårdcentral och hemsjukvård', null),
      ],
    },
    {
      title: 'Gemensam vårdplan',
      description: 'Att planen för den enskilde görs tillsammans, hålls aktuell och följs upp.',
      goals: ['Varje patient i hemsjukvården har en aktuell gemensam plan'],
      activities: [
        act('Kontrollera hur många patienter som har en aktuell plan', 'Hemsjukvården', 'kommun'),
        act('Kom överens om när planen ska ses över', 'Vårdcentral och hemsjukvård', null),
      ],
    },
    {
      title: 'Läkarmedverkan och läkemedel',
      description: 'Att sjuksköterskan i hemsjukvården når en läkare när det behövs och att läkemedelslistan stämmer.',
      goals: ['Det finns en fast väg till läkare för hemsjukvården'],
      activities: [
        act('Beskriv hur hemsjukvården når en läkare i dag, dag och kväll', 'Vårdcentralen', 'region'),
        act('Ta fram en rutin för att stämma av läkemedelslistan', 'Vårdcentral och hemsjukvård', null),
      ],
    },
    {
      title: 'Samarbete i vardagen',
      description: 'Kontaktvägar, gemensamma möten och hur vi löser frågor som faller mellan stolarna.',
      goals: ['Kontaktvägar och återkommande möten är bestämda'],
      activities: [
        act('Gör en kontaktlista med namn och funktioner', 'Vårdcentral och hemsjukvård', null),
        act('Bestäm en återkommande samverkansträff', 'Vårdcentral och hemsjukvård', null),
      ],
    },
    {
      title: 'Uppföljning av handlingsplanen',
      description: 'Hur vi ser att förändringarna blir av och når patienterna.',
      goals: ['Planen följs upp regelbundet av båda parter'],
      activities: [act('Boka uppföljningsmöten för hela planperioden', 'Implementeringspersonerna', null)],
    },
  ],
  en: [
    {
      title: 'The way into home health care',
      description: 'How a care request is made, received and assessed – and where we read the rules differently today.',
      goals: ['We share a picture of how the way in works today', 'The gaps against the agreement are closed'],
      activities: [
        act('Go through a few recent care requests together', 'Health centre and home health care', null),
        act('Write down where we work differently and why', 'Health centre and home health care', null),
      ],
    },
    {
      title: 'A shared care plan',
      description: 'The plan for each person is made together, kept current and followed up.',
      goals: ['Every home-care patient has a current shared plan'],
      activities: [
        act('Check how many patients have a current plan', 'Home health care', 'kommun'),
        act('Agree when the plan is reviewed', 'Health centre and home health care', null),
      ],
    },
    {
      title: 'Doctor access and medication',
      description: 'Home-care nurses reach a doctor when needed, and the medication list is right.',
      goals: ['Home health care has a fixed way to reach a doctor'],
      activities: [
        act('Describe how home health care reaches a doctor today, day and evening', 'Health centre', 'region'),
        act('Agree a routine for reconciling the medication list', 'Health centre and home health care', null),
      ],
    },
    {
      title: 'Working together day to day',
      description: 'Contact paths, shared meetings, and how we solve questions that fall between us.',
      goals: ['Contact paths and recurring meetings are agreed'],
      activities: [
        act('Make a contact list with names and roles', 'Health centre and home health care', null),
        act('Set a recurring joint meeting', 'Health centre and home health care', null),
      ],
    },
    {
      title: 'Following up the plan',
      description: 'How we see that the changes happen and reach patients.',
      goals: ['Both parties follow up the plan regularly'],
      activities: [act('Book follow-up meetings for the whole plan period', 'Implementation leads', null)],
    },
  ],
};

export function templateAreas(template: PlanTemplate, language: Language): readonly TemplateArea[] {
  if (template === 'los_regional') return losRegional[language];
  if (template === 'gap_analysis') return gapAnalysis[language];
  return [];
}
