import { createContext, useContext, type ReactNode } from 'react';
import type { OnceDeskDb } from '../db/schema';

const DbContext = createContext<OnceDeskDb | null>(null);

/** The database is opened once in main.tsx and handed down, so tests and benches can pass their own. */
export const DbProvider = ({ db, children }: { db: OnceDeskDb; children: ReactNode }) => (
  <DbContext.Provider value={db}>{children}</DbContext.Provider>
);

export const useDb = (): OnceDeskDb => {
  const db = useContext(DbContext);
  if (!db) throw new Error('useDb outside DbProvider');
  return db;
};
