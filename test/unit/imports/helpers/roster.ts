/** The headings of an HR roster export, in the order HR writes them. */
export const rosterHeader = [
  'Employee ID',
  'Last Name',
  'First Name',
  'Email Address',
  'Department',
  'Division',
  'Academic Rank',
  'Line / Track',
  'Appointment Start',
];
