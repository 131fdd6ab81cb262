import { Route, Routes } from 'react-router';
import { CreatePersonPage } from './CreatePersonPage';
import { PeopleListPage } from './PeopleListPage';
import { PersonPage } from './PersonPage';

/** Everything under /people, loaded on demand. */
export default function PeopleRoutes() {
  return (
    <Routes>
      <Route index element={<PeopleListPage />} />
      <Route path="new" element={<CreatePersonPage />} />
      <Route path=":id/*" element={<PersonPage />} />
    </Routes>
  );
}
