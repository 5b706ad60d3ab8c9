// Placeholder: this page is being built in issue 3; the route is wired so the pieces can land separately.
export function ProjectsPage() {
  return null;
}
