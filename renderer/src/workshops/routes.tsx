import { Route } from 'react-router-dom';
import { RoundViewPage } from './day/RoundViewPage';
import { WorkshopPage } from './WorkshopPage';
import { WorkshopsPage } from './WorkshopsPage';

/** The Workshops area: the list, one page per workshop, and the round view for the room's projector. */
export function workshopRoutes() {
  return [
    <Route key="/workshops" path="/workshops" element={<WorkshopsPage />} />,
    <Route key="/workshops/:id" path="/workshops/:id" element={<WorkshopPage />} />,
    <Route key="/workshops/:id/rounds" path="/workshops/:id/rounds" element={<RoundViewPage />} />,
  ];
}
