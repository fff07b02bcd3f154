import { createRoot } from 'react-dom/client';
import { DemoWorkspace } from './components/DemoWorkspace';

createRoot(document.getElementById('root') as HTMLElement).render(<DemoWorkspace />);
