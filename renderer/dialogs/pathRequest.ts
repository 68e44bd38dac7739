export type PathPurpose = 'openProject' | 'saveProject' | 'chooseFolder' | 'chooseFile';

export interface PathRequest {
  purpose: PathPurpose;
  /** File name endings to show, e.g. ['.convas.json'] (folders always show). */
  extensions?: string[];
  /** Folder or file to start from. */
  defaultPath?: string;
  title?: string;
}
