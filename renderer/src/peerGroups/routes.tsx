import { Route } from 'react-router-dom';
import { PeerGroupPage } from './PeerGroupPage';
import { PeerGroupsPage } from './PeerGroupsPage';

/** The Peer Groups area: the list and one page per group. */
export function peerGroupRoutes() {
  return [
    <Route key="/peer-groups" path="/peer-groups" element={<PeerGroupsPage />} />,
    <Route key="/peer-groups/:id" path="/peer-groups/:id" element={<PeerGroupPage />} />,
  ];
}
