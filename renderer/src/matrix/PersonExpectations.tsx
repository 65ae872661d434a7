/**
 * What is expected of a person in each role they hold (from the matrix, via
 * `matrix.expectationsFor`). Shown on the person's page. Stub until the matrix
 * screens land.
 */
export function PersonExpectations(_props: { facultyId: number }) {
  return null;
}
