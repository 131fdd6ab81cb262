import { Route, Routes } from 'react-router';
import { NotFoundPage } from '../../../app/layout/NotFoundPage';
import { HuddlePage } from './HuddlePage';
import { HuddlesListPage } from './HuddlesListPage';

/** /huddles and /huddles/:id (loaded on demand, with the meeting room). */
export default function HuddlesRoutes() {
  return (
    <Routes>
      <Route index element={<HuddlesListPage />} />
      <Route path=":id" element={<HuddlePage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
