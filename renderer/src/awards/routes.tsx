import { Route } from 'react-router-dom';
import { AwardsPage } from './AwardsPage';
import { CyclePage } from './CyclePage';
import { NominationPage } from './NominationPage';

/** The Awards area: awards and their cycles, one page per cycle, one per nomination. */
export function awardRoutes() {
  return [
    <Route key="/awards" path="/awards" element={<AwardsPage />} />,
    <Route key="/awards/cycles/:id" path="/awards/cycles/:id" element={<CyclePage />} />,
    <Route key="/awards/nominations/:id" path="/awards/nominations/:id" element={<NominationPage />} />,
  ];
}
