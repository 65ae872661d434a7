import { z } from 'zod';
import { operation } from '../../common/contractKit';
import { genders, raceEthnicities, type Demographics } from '../../common/demographics';
import { optionalDate } from '../../common/fields';
import { careerStages, ranks, type CareerStage, type Rank } from '../../common/ranks';

/** Shared with the renderer's forms: the same rules and the same messages. */

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: `Keep this under ${max} characters.` })
    .transform((v) => (v === '' ? null : v))
    .nullish()
    .transform((v) => v ?? null);

export const facultyFields = z.object({
  name: z
    .string({ error: 'Enter the person’s name.' })
    .trim()
    .min(1, { error: 'Enter the person’s name.' })
    .max(200, { error: 'Keep the name under 200 characters.' }),
  email: z
    .string({ error: 'Enter an email address.' })
    .trim()
    .min(1, { error: 'Enter an email address.' })
    .pipe(z.email({ error: 'Enter an email address like name@university.edu.' }))
    .transform((v) => v.toLowerCase()),
  employeeId: optionalText(50),
  department: z
    .string({ error: 'Enter the department.' })
    .trim()
    .min(1, { error: 'Enter the department.' })
    .max(200, { error: 'Keep the department under 200 characters.' }),
  division: optionalText(200),
  rank: z.enum(ranks, { error: 'Choose a rank.' }),
  track: optionalText(100),
  appointmentStart: optionalDate,
  /** null: derive from rank and years. */
  careerStage: z
    .enum(careerStages)
    .nullish()
    .transform((v) => v ?? null),
  interests: z
    .array(z.string().trim().min(1).max(80))
    .max(40, { error: 'Keep to 40 interests or fewer.' })
    .default([])
    .transform((tags) => [...new Set(tags)]),
  firstTimeLeader: z.boolean().default(false),
});

export type FacultyFieldsInput = z.input<typeof facultyFields>;
export type FacultyFields = z.output<typeof facultyFields>;

export interface Faculty {
  id: number;
  name: string;
  email: string;
  employeeId: string | null;
  department: string;
  division: string | null;
  rank: Rank;
  track: string | null;
  appointmentStart: string | null;
  careerStage: CareerStage;
  /** True when staff chose the stage rather than letting Trellis derive it. */
  careerStageSet: boolean;
  interests: string[];
  firstTimeLeader: boolean;
  active: boolean;
  createdAt: string;
  updatedAt: string;
}

export const facultySortFields = ['name', 'email', 'department', 'rank', 'careerStage', 'appointmentStart'] as const;
export type FacultySortField = (typeof facultySortFields)[number];

export const facultyListInput = z.object({
  search: z.string().trim().max(200).optional(),
  department: z.string().trim().optional(),
  rank: z.enum(ranks).optional(),
  careerStage: z.enum(careerStages).optional(),
  status: z.enum(['active', 'inactive', 'all']).default('active'),
  sort: z.enum(facultySortFields).default('name'),
  direction: z.enum(['asc', 'desc']).default('asc'),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(1000).default(100),
});

export interface FacultyList {
  total: number;
  rows: Faculty[];
}

export interface FacultyFacets {
  departments: string[];
  divisions: string[];
  tracks: string[];
  interests: string[];
}

const id = z.object({ id: z.number().int().positive() });
const facultyId = z.number({ error: 'Choose the person.' }).int().positive({ error: 'Choose the person.' });

/**
 * Self-reported, optional, confidential answers (electron/common/demographics.ts):
 * never shown in packets or letters, never logged or audited. Every field
 * may be left blank; `identityMatchingOptIn` is the person's own choice to
 * let matching count shared background.
 */
export const demographicsInput = z.object({
  facultyId,
  gender: z.enum(genders, { error: 'Choose an answer from the list.' }).nullable().default(null),
  raceEthnicity: z
    .array(z.enum(raceEthnicities, { error: 'Choose answers from the list.' }))
    .default([])
    .transform((list) => raceEthnicities.filter((r) => list.includes(r))),
  underrepresented: z.boolean().nullable().default(null),
  firstGeneration: z.boolean().nullable().default(null),
  identityMatchingOptIn: z.boolean().default(false),
});

export const facultyContract = {
  'faculty.list': operation<FacultyList>()(facultyListInput),
  'faculty.get': operation<Faculty>()(id),
  'faculty.facets': operation<FacultyFacets>()(z.object({})),
  'faculty.create': operation<Faculty>()(facultyFields, { changes: ['faculty'] }),
  'faculty.update': operation<Faculty>()(facultyFields.extend(id.shape), { changes: ['faculty'] }),
  'faculty.setActive': operation<Faculty>()(id.extend({ active: z.boolean() }), { changes: ['faculty'] }),
  'faculty.demographics.get': operation<Demographics>()(z.object({ facultyId })),
  'faculty.demographics.set': operation<Demographics>()(demographicsInput, { changes: ['faculty'] }),
};
