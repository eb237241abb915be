/** Where the web shows an audit event's object, when it has a page. */
export function auditObjectPath(event: {
  objectType: string;
  objectId: string;
  organizationId?: string | null;
  clusterId?: string | null;
}): string | null {
  switch (event.objectType) {
    case 'TechnologyNeed':
      return `/needs/${event.objectId}`;
    case 'Capability':
      return `/capabilities/${event.objectId}`;
    case 'Organization':
      return `/organizations/${event.objectId}`;
    case 'Cluster':
      return `/clusters/${event.objectId}`;
    // Memberships and invitations are shown on their organization's page, cluster
    // memberships on their cluster's.
    case 'Membership':
    case 'Invitation':
      return event.organizationId ? `/organizations/${event.organizationId}` : null;
    case 'ClusterMembership':
      return event.clusterId ? `/clusters/${event.clusterId}` : null;
    default:
      return null;
  }
}
