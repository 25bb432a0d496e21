import { useEffect } from 'react';
import { StatusBar } from './components/StatusBar';
import { useAppStore } from './state/app-store';

export function App() {
  const { info, error, load } = useAppStore();
  useEffect(() => {
    void load();
  }, [load]);
  return (
    <div className="app">
      <StatusBar info={info} error={error} />
      <main id="main" tabIndex={-1} />
    </div>
  );
}
