import { signupKind, type BatchKind, type ResponseField, type RosterField } from '../targets';

/**
 * Headings each field goes by in HR systems and survey tools (Qualtrics,
 * REDCap, Microsoft Forms, Google Forms). Compared after normalisation
 * (see similarity.ts), so case, spacing and punctuation do not matter.
 */
const rosterAliases: Record<RosterField, string[]> = {
  employeeId: [
    'employee id',
    'employee number',
    'emplid',
    'empl id',
    'emp id',
    'staff id',
    'person id',
    'hr id',
    'university id',
    'faculty id',
    'id number',
    'worker id',
  ],
  email: ['email', 'email address', 'e-mail', 'work email', 'university email', 'primary email', 'campus email'],
  name: ['name', 'full name', 'faculty name', 'employee name', 'person name', 'preferred name', 'display name'],
  firstName: ['first name', 'given name', 'first', 'preferred first name', 'forename'],
  middleName: ['middle name', 'middle initial', 'mi'],
  lastName: ['last name', 'surname', 'family name', 'last'],
  department: ['department', 'dept', 'department name', 'home department', 'primary department', 'academic department'],
  division: ['division', 'section', 'division name'],
  rank: ['rank', 'academic rank', 'faculty rank', 'title', 'academic title', 'appointment rank', 'rank title'],
  track: [
    'track',
    'line',
    'line track',
    'series',
    'appointment track',
    'faculty line',
    'appointment line',
    'track line',
  ],
  appointmentStart: [
    'appointment start',
    'appointment start date',
    'start date',
    'hire date',
    'date of hire',
    'appointment date',
    'original appointment date',
    'faculty start date',
  ],
  careerStage: ['career stage', 'stage'],
  interests: ['interests', 'research interests', 'areas of interest', 'interest areas', 'expertise'],
  firstTimeLeader: ['first time leader', 'first time leadership role', 'new leader'],
};

const respondentAliases: Record<'employeeId' | 'email' | 'name' | 'firstName' | 'lastName', string[]> = {
  employeeId: [
    ...rosterAliases.employeeId,
    'externalreference',
    'external reference',
    'external data reference',
    'externaldatareference',
  ],
  email: [
    'email',
    'email address',
    'e-mail',
    'recipientemail',
    'recipient email',
    'respondent email',
    'your email',
    'your email address',
    'work email',
  ],
  name: ['name', 'full name', 'your name', 'respondent', 'respondent name', 'your full name'],
  firstName: ['first name', 'recipientfirstname', 'recipient first name', 'given name'],
  lastName: ['last name', 'recipientlastname', 'recipient last name', 'surname', 'family name'],
};

const responseAliases: Record<ResponseField, string[]> = {
  responseId: ['responseid', 'response id', 'id', 'record id', 'record_id', 'submission id', 'response number'],
  startedAt: ['startdate', 'start date', 'start time', 'started', 'started at'],
  completedAt: [
    'enddate',
    'end date',
    'completion time',
    'timestamp',
    'completed',
    'completed at',
    'submitted',
    'submitted at',
    'submission date',
    'recordeddate',
    'recorded date',
    'survey timestamp',
  ],
  progress: ['progress'],
  finished: ['finished'],
  completionStatus: ['complete', 'completion status', 'form status'],
  responseType: ['status', 'response type'],
};

/** Survey tool columns that are never answers and are not kept. */
export const surveyMetadataToIgnore = [
  'ipaddress',
  'ip address',
  'duration in seconds',
  'duration',
  'distributionchannel',
  'distribution channel',
  'userlanguage',
  'user language',
  'locationlatitude',
  'location latitude',
  'locationlongitude',
  'location longitude',
  'last modified time',
  'redcap survey identifier',
  'redcap event name',
  'redcap repeat instrument',
  'redcap repeat instance',
  'q recaptchascore',
  'q relevantidduplicate',
  'q relevantidduplicatescore',
  'q relevantidfraudscore',
  'q relevantidlaststartdate',
];

export function aliasesFor(kind: BatchKind): Record<string, string[]> {
  if (kind === signupKind) return { ...respondentAliases, department: rosterAliases.department };
  return kind === 'roster' ? rosterAliases : { ...respondentAliases, ...responseAliases };
}

/** REDCap names these by instrument: `<form>_timestamp`, `<form>_complete`. */
export function redcapField(header: string): ResponseField | null {
  const h = header.trim().toLowerCase();
  if (/^[a-z0-9_]+_timestamp$/.test(h)) return 'completedAt';
  if (/^[a-z0-9_]+_complete$/.test(h)) return 'completionStatus';
  return null;
}
