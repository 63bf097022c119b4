import type { ProjectDetail } from '../../shared/projects/projects-api';

/** A tab of the project page: the project as shown, and where a saved change sends the core's answer. */
export interface ProjectPartProps {
  project: ProjectDetail;
  /** The project as the core answered, shown at once rather than after the refetch. */
  onSaved: (project: ProjectDetail) => void;
}
