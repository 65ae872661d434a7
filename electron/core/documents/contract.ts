import { z } from 'zod';
import { operation } from '../../common/contractKit';
import type { ExportedFile } from '../../common/exportedFile';
import { isCalendarDate, recordId } from '../../common/fields';
import { standardTextKeys, type StandardTextKey } from './settings/standardTexts';

/**
 * Documents the office prints: the Mentoring Partnership Agreement, the peer
 * group commitment form and the service-portfolio letter, with the letterhead
 * and standard texts they share. Pure: shared with the renderer.
 */

export const letterheadFields = [
  'institution',
  'office',
  'address',
  'signatoryName',
  'signatoryTitle',
  'confidentiality',
] as const;
export type LetterheadField = (typeof letterheadFields)[number];
export type Letterhead = Record<LetterheadField, string>;

export const letterheadLabels: Record<LetterheadField, string> = {
  institution: 'Institution',
  office: 'Office',
  address: 'Address',
  signatoryName: 'Signatory name',
  signatoryTitle: 'Signatory title',
  confidentiality: 'Confidentiality footer',
};

const letterheadLimits: Record<LetterheadField, number> = {
  institution: 200,
  office: 200,
  address: 400,
  signatoryName: 200,
  signatoryTitle: 200,
  // The footer shares one line with "Page X of Y".
  confidentiality: 120,
};

export const imageKinds = ['logo', 'signature'] as const;
export type ImageKind = (typeof imageKinds)[number];
export const imageKindLabels: Record<ImageKind, string> = { logo: 'Logo', signature: 'Signature' };
/** Largest letterhead image accepted, in bytes. */
export const maxImageBytes = 2 * 1024 * 1024;

export interface LetterheadImage {
  mimeType: 'image/png' | 'image/jpeg';
  base64: string;
  width: number;
  height: number;
}

export interface StandardTextValue {
  value: string;
  isDefault: boolean;
}

export interface DocumentSettings {
  letterhead: Letterhead;
  texts: Record<StandardTextKey, StandardTextValue>;
  images: Record<ImageKind, LetterheadImage | null>;
}

/** A finished document, and how many pages it has (for the preview and the CLI). */
export interface GeneratedDocument {
  file: ExportedFile;
  pageCount: number;
}

const letterheadInput = z.object(
  Object.fromEntries(
    letterheadFields.map((field) => [
      field,
      z
        .string()
        .trim()
        .max(letterheadLimits[field], { error: `Keep this under ${letterheadLimits[field]} characters.` })
        .optional(),
    ]),
  ) as Record<LetterheadField, z.ZodOptional<z.ZodString>>,
);

/** A text, or null to go back to the default. */
const textsInput = z.object(
  Object.fromEntries(
    standardTextKeys.map((key) => [
      key,
      z
        .string()
        .trim()
        .min(1, { error: 'Write the text, or reset it to the default.' })
        .max(6000, { error: 'Keep this under 6000 characters.' })
        .nullable()
        .optional(),
    ]),
  ) as Record<StandardTextKey, z.ZodOptional<z.ZodNullable<z.ZodString>>>,
);

const isoDate = (message: string) => z.string({ error: message }).trim().refine(isCalendarDate, { error: message });

export const serviceLetterInput = z
  .object({
    facultyId: recordId('Choose the faculty member.'),
    from: isoDate('Enter the first day of the period as YYYY-MM-DD.'),
    to: isoDate('Enter the last day of the period as YYYY-MM-DD.'),
  })
  .refine((v) => v.from <= v.to, { path: ['to'], error: 'The period must end on or after the day it starts.' });

/** Every document is printed on the letterhead with the standard wording (documents' own settings). */
const letterheadReads = ['documents'] as const;
const changes = ['documents'] as const;

export const documentsContract = {
  'documents.settings.get': operation<DocumentSettings>()(z.object({})),
  'documents.settings.update': operation<DocumentSettings>()(
    z.object({ letterhead: letterheadInput.optional(), texts: textsInput.optional() }),
    { changes },
  ),
  'documents.images.set': operation<DocumentSettings>()(
    z.object({
      kind: z.enum(imageKinds, { error: 'Choose the logo or the signature.' }),
      // A coarse cap on what crosses to the core; the 2 MB limit is checked on the decoded bytes.
      base64: z
        .string({ error: 'Choose a PNG or JPEG image.' })
        .min(1, { error: 'Choose a PNG or JPEG image.' })
        .max(maxImageBytes * 2, { error: 'The image is larger than 2 MB. Choose a smaller PNG or JPEG image.' }),
    }),
    { changes },
  ),
  'documents.images.clear': operation<DocumentSettings>()(
    z.object({ kind: z.enum(imageKinds, { error: 'Choose the logo or the signature.' }) }),
    { changes },
  ),
  'documents.agreement': operation<GeneratedDocument>()(z.object({ mentorshipId: recordId('Choose a mentorship.') }), {
    reads: [...letterheadReads, 'mentorships', 'faculty', 'programs', 'matrix'],
  }),
  'documents.groupCommitment': operation<GeneratedDocument>()(z.object({ groupId: recordId('Choose a peer group.') }), {
    reads: [...letterheadReads, 'peerGroups', 'faculty', 'programs'],
  }),
  /** The person's mentoring in the period, their selected awards and their mentees' satisfaction. */
  'documents.serviceLetter': operation<GeneratedDocument>()(serviceLetterInput, {
    reads: [
      ...letterheadReads,
      'faculty',
      'mentorships',
      'meetings',
      'peerGroups',
      'programs',
      'awards',
      'surveys',
      'workshops',
    ],
  }),
};

/** The standard texts and their keys, for the Settings screen (pure data). */
export { standardTextKeys, standardTexts, type StandardTextKey } from './settings/standardTexts';
