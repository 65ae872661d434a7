/**
 * Self-reported demographic fields (issue 15): confidential, optional, and
 * each person's own answer. Used only where a person opted in (matching on
 * shared background) and, later, in aggregate reviews. Never printed in
 * packets or letters, never logged, never in an audit entry or an error
 * message. Pure: shared with the renderer, the core and the importers.
 *
 * The words follow common US practice for faculty surveys (the 2024 federal
 * race and ethnicity categories, which combine race and ethnicity into one
 * multi-select). "Prefer not to say" is an answer, not a missing value.
 */

export const genders = ['woman', 'man', 'nonbinary', 'self_described', 'prefer_not_to_say'] as const;
export type Gender = (typeof genders)[number];

export const genderLabels: Record<Gender, string> = {
  woman: 'Woman',
  man: 'Man',
  nonbinary: 'Nonbinary',
  self_described: 'Prefer to self-describe',
  prefer_not_to_say: 'Prefer not to say',
};

export const raceEthnicities = [
  'american_indian_alaska_native',
  'asian',
  'black_african_american',
  'hispanic_latino',
  'middle_eastern_north_african',
  'native_hawaiian_pacific_islander',
  'white',
  'prefer_not_to_say',
] as const;
export type RaceEthnicity = (typeof raceEthnicities)[number];

export const raceEthnicityLabels: Record<RaceEthnicity, string> = {
  american_indian_alaska_native: 'American Indian or Alaska Native',
  asian: 'Asian',
  black_african_american: 'Black or African American',
  hispanic_latino: 'Hispanic or Latino',
  middle_eastern_north_african: 'Middle Eastern or North African',
  native_hawaiian_pacific_islander: 'Native Hawaiian or Pacific Islander',
  white: 'White',
  prefer_not_to_say: 'Prefer not to say',
};

/**
 * One person's answers. Every field is optional (null: not answered).
 * `identityMatchingOptIn` is the person's own choice, as a mentee, to let
 * matching count shared background; without it these fields are never read
 * for matching.
 */
export interface Demographics {
  gender: Gender | null;
  /** Multi-select; empty when not answered. */
  raceEthnicity: RaceEthnicity[];
  /** Identifies as from a group underrepresented in medicine. */
  underrepresented: boolean | null;
  /** First in their family to graduate from college. */
  firstGeneration: boolean | null;
  identityMatchingOptIn: boolean;
}

export const noDemographics: Demographics = {
  gender: null,
  raceEthnicity: [],
  underrepresented: null,
  firstGeneration: null,
  identityMatchingOptIn: false,
};
