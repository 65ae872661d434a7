import type { Rank } from '../../common/ranks';

/**
 * The invented school of medicine the demo describes: its departments (with
 * how large each is), tracks, interests, and the words people write in
 * meeting notes, change requests and group plans. All text is invented.
 */

/** [department, relative size, divisions]. */
export const departments: readonly (readonly [string, number, readonly string[]])[] = [
  [
    'Medicine',
    22,
    [
      'Cardiology',
      'Endocrinology',
      'Gastroenterology',
      'Hematology',
      'Infectious Diseases',
      'Nephrology',
      'Oncology',
      'Pulmonary and Critical Care',
      'Hospital Medicine',
    ],
  ],
  ['Pediatrics', 12, ['Neonatology', 'Pediatric Cardiology', 'Pediatric Hematology/Oncology', 'General Pediatrics']],
  ['Surgery', 9, ['General Surgery', 'Vascular Surgery', 'Plastic Surgery', 'Surgical Oncology']],
  [
    'Psychiatry and Behavioral Sciences',
    7,
    ['Child and Adolescent Psychiatry', 'Addiction Medicine', 'Public Mental Health'],
  ],
  ['Anesthesiology, Perioperative and Pain Medicine', 6, []],
  ['Radiology', 5, ['Neuroradiology', 'Interventional Radiology']],
  ['Neurology', 4, ['Epilepsy', 'Stroke', 'Neuromuscular']],
  ['Obstetrics and Gynecology', 4, ['Maternal-Fetal Medicine', 'Reproductive Endocrinology']],
  ['Emergency Medicine', 4, []],
  ['Pathology', 3, []],
  ['Orthopaedic Surgery', 3, []],
  ['Ophthalmology', 2, []],
  ['Otolaryngology – Head and Neck Surgery', 2, []],
  ['Dermatology', 2, []],
  ['Urology', 2, []],
  ['Radiation Oncology', 2, []],
  ['Neurosurgery', 2, []],
  ['Cardiothoracic Surgery', 2, []],
  ['Genetics', 2, []],
  ['Biomedical Data Science', 2, []],
  ['Biochemistry', 1, []],
  ['Microbiology and Immunology', 1, []],
  ['Molecular and Cellular Physiology', 1, []],
  ['Epidemiology and Population Health', 1, []],
];

export const rankShares: readonly (readonly [Rank, number])[] = [
  ['Instructor', 12],
  ['Lecturer', 2],
  ['Assistant Professor', 38],
  ['Associate Professor', 24],
  ['Professor', 22],
  ['Professor Emeritus', 2],
];

/** Years since appointment, by rank: [fewest, most]. */
export const yearsInPost: Record<Rank, readonly [number, number]> = {
  Instructor: [0, 4],
  Lecturer: [0, 10],
  'Assistant Professor': [0, 8],
  'Associate Professor': [5, 16],
  Professor: [9, 32],
  'Professor Emeritus': [25, 42],
};

export const tracks = ['University Tenure Line', 'Medical Center Line', 'Clinician Educator', 'Research Line'] as const;

export const interests = [
  'health equity',
  'clinical trials',
  'medical education',
  'implementation science',
  'global health',
  'quality improvement',
  'health services research',
  'genomics',
  'machine learning',
  'palliative care',
  'integrated care',
  'serious mental illness',
  'addictions',
  'trauma',
  'community engagement',
  'simulation',
] as const;

export const meetingTopics = [
  'Career plan review',
  'Promotion dossier',
  'Grant writing',
  'K award resubmission',
  'Manuscript feedback',
  'Clinical workload',
  'Teaching evaluations',
  'Work–life integration',
  'Leadership opportunities',
  'Negotiating protected time',
  'Networking and visibility',
  'Lab management',
  'Mentoring trainees',
  'Conference presentation',
  'Committee service',
] as const;

/** Invented, and written the way coordinators write: short and practical. */
export const meetingNotes = [
  'Reviewed specific aims draft; agreed on two revisions before sharing with the division chief.',
  'Mentee is weighing a second clinic day against protected research time; will raise it at the next review.',
  'Discussed feedback on teaching evaluations and a plan to observe a senior colleague’s sessions.',
  'Went through the promotion timeline and which service roles to decline this year.',
  'Mentee reports feeling stretched; talked about saying no and about the faculty wellness resources.',
  'Planned introductions to two potential collaborators at the spring meeting.',
  'Agreed to read the mentee’s first-author manuscript before submission.',
  'Checked progress on the individual development plan; two goals on track, one deferred.',
] as const;

export const changeReasons = [
  'Meetings have been cancelled repeatedly and the mentee feels the pairing no longer fits their research direction.',
  'The mentor is taking on a large administrative role and asked to hand over the relationship.',
  'Mentee’s clinical focus has moved; a mentor in the new area would serve them better.',
  'Survey response asked for a change; details to be discussed with the Vice Chair.',
  'Communication styles have not worked well for either party; both agree to a change.',
] as const;

export const endReasons = [
  'Goals met; both agreed to close the formal mentorship.',
  'Mentee promoted to Associate Professor.',
  'Mentor left the institution.',
  'Mentee moved to another institution.',
  'Mutual agreement at the annual review.',
] as const;

export const goalTexts = [
  'Submit a K-series or foundation grant application',
  'Publish two first-author papers',
  'Prepare the promotion dossier',
  'Present at a national meeting',
  'Take on a course director role',
  'Build a collaboration outside the department',
  'Protect one day a week for scholarship',
  'Complete the leadership development program',
  'Develop a teaching portfolio',
  'Join a national committee in the field',
] as const;

/** Peer group focuses (seeds 000 and 004). */
export const groupFocuses = [
  'Preparing for promotion',
  'Grant writing and the K-to-R transition',
  'Clinical practice and sustaining joy in medicine',
  'Teaching skills',
  'Work–life integration',
  'New to formal leadership',
  'Advising and mentoring trainees',
  'Navigating the school',
  'Integrated care',
  'Serious mental illness',
  'Addictions',
  'Trauma-informed care',
] as const;

export const groupNameWords = [
  'Cedar',
  'Aspen',
  'Juniper',
  'Willow',
  'Sequoia',
  'Magnolia',
  'Laurel',
  'Alder',
  'Hazel',
  'Rowan',
  'Sycamore',
  'Linden',
  'Birch',
  'Maple',
  'Cypress',
  'Oak',
  'Elm',
  'Hawthorn',
  'Poplar',
  'Olive',
] as const;

export const groupSchedules = [
  'Monthly, first Tuesday, 12:00–13:30',
  'Monthly, second Thursday, 17:00–18:00',
  'Monthly, last Friday, 07:30–08:30',
  'Monthly, third Wednesday, 12:00–13:00',
] as const;

export const groupLogistics = [
  'Room booked through the Office of Academic Affairs; lunch provided at the first two sessions.',
  'Meets in the library seminar room; members take turns bringing coffee.',
  'Alternates between in person and video; the facilitator sends the agenda a week ahead.',
  'Light dinner covered by the program budget; materials printed by OAA.',
] as const;
