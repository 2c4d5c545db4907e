import { graphql } from '@/graphql/generated';

/**
 * The operations the curation forms send from the browser. Every entity mutation returns
 * the record's editable fields, so a form takes its new version and values from the answer.
 */

export const CurationRecordFields = graphql(`
  fragment CurationRecordFields on CuratedEntity {
    entityKind
    id
    slug
    name
    state
    version
    updatedAt
    ... on CuratedPerson {
      headline
      bio
      email
      phone
      website
      location
      availability
      contactVisibility
    }
    ... on CuratedOrganization {
      organizationKind: kind
      description
      website
      email
      location
      foundedYear
      latitude
      longitude
    }
    ... on CuratedProject {
      summary
      description
      status
      startDate
      endDate
      openCall
      callOpen
      website
    }
    ... on CuratedSkill {
      nameEn
      aliases
      description
      descriptionEn
    }
    ... on CuratedSector {
      nameEn
      description
      descriptionEn
    }
    ... on CuratedEvent {
      eventKind: kind
      summary
      description
      startsAt
      endsAt
      place
      language
    }
  }
`);

export const CreatePersonMutation = graphql(`
  mutation CurationCreatePerson($input: PersonValues!) {
    createPerson(input: $input) {
      record {
        ...CurationRecordFields
      }
    }
  }
`);
export const UpdatePersonMutation = graphql(`
  mutation CurationUpdatePerson($input: UpdatePersonInput!) {
    updatePerson(input: $input) {
      record {
        ...CurationRecordFields
      }
    }
  }
`);
export const CreateOrganizationMutation = graphql(`
  mutation CurationCreateOrganization($input: OrganizationValues!) {
    createOrganization(input: $input) {
      record {
        ...CurationRecordFields
      }
    }
  }
`);
export const UpdateOrganizationMutation = graphql(`
  mutation CurationUpdateOrganization($input: UpdateOrganizationInput!) {
    updateOrganization(input: $input) {
      record {
        ...CurationRecordFields
      }
    }
  }
`);
export const CreateProjectMutation = graphql(`
  mutation CurationCreateProject($input: ProjectValues!) {
    createProject(input: $input) {
      record {
        ...CurationRecordFields
      }
    }
  }
`);
export const UpdateProjectMutation = graphql(`
  mutation CurationUpdateProject($input: UpdateProjectInput!) {
    updateProject(input: $input) {
      record {
        ...CurationRecordFields
      }
    }
  }
`);
export const CreateSkillMutation = graphql(`
  mutation CurationCreateSkill($input: SkillValues!) {
    createSkill(input: $input) {
      record {
        ...CurationRecordFields
      }
    }
  }
`);
export const UpdateSkillMutation = graphql(`
  mutation CurationUpdateSkill($input: UpdateSkillInput!) {
    updateSkill(input: $input) {
      record {
        ...CurationRecordFields
      }
    }
  }
`);
export const CreateSectorMutation = graphql(`
  mutation CurationCreateSector($input: SectorValues!) {
    createSector(input: $input) {
      record {
        ...CurationRecordFields
      }
    }
  }
`);
export const UpdateSectorMutation = graphql(`
  mutation CurationUpdateSector($input: UpdateSectorInput!) {
    updateSector(input: $input) {
      record {
        ...CurationRecordFields
      }
    }
  }
`);
export const CreateEventMutation = graphql(`
  mutation CurationCreateEvent($input: EventValues!) {
    createEvent(input: $input) {
      record {
        ...CurationRecordFields
      }
    }
  }
`);
export const UpdateEventMutation = graphql(`
  mutation CurationUpdateEvent($input: UpdateEventInput!) {
    updateEvent(input: $input) {
      record {
        ...CurationRecordFields
      }
    }
  }
`);

export const ArchiveMutation = graphql(`
  mutation CurationArchive($input: EntityVersionInput!) {
    archiveEntity(input: $input) {
      record {
        id
        state
        version
      }
    }
  }
`);
export const RestoreMutation = graphql(`
  mutation CurationRestore($input: EntityVersionInput!) {
    restoreEntity(input: $input) {
      record {
        id
        state
        version
      }
    }
  }
`);
export const DeleteMutation = graphql(`
  mutation CurationDelete($input: EntityVersionInput!) {
    deleteEntity(input: $input) {
      kind
      id
    }
  }
`);

export const PickerQuery = graphql(`
  query CurationPicker($kind: EntityKind!, $query: String, $first: Int) {
    curationList(kind: $kind, query: $query, first: $first) {
      edges {
        node {
          id
          name
          slug
          state
        }
      }
    }
  }
`);

// ── Relationship editors (each returns the record the form is about; the page reloads) ─

export const SetMembershipMutation = graphql(`
  mutation CurationSetMembership($input: MembershipInput!) {
    setMembership(input: $input) {
      record {
        id
      }
    }
  }
`);
export const RemoveMembershipMutation = graphql(`
  mutation CurationRemoveMembership($input: MembershipKey!) {
    removeMembership(input: $input) {
      record {
        id
      }
    }
  }
`);
export const SetContributionMutation = graphql(`
  mutation CurationSetContribution($input: ContributionInput!) {
    setContribution(input: $input) {
      record {
        id
      }
    }
  }
`);
export const RemoveContributionMutation = graphql(`
  mutation CurationRemoveContribution($input: ContributionKey!) {
    removeContribution(input: $input) {
      record {
        id
      }
    }
  }
`);
export const SetProjectNeedMutation = graphql(`
  mutation CurationSetProjectNeed($input: ProjectNeedInput!) {
    setProjectNeed(input: $input) {
      record {
        id
      }
    }
  }
`);
export const RemoveProjectNeedMutation = graphql(`
  mutation CurationRemoveProjectNeed($input: ProjectNeedKey!) {
    removeProjectNeed(input: $input) {
      record {
        id
      }
    }
  }
`);
export const SetSectorsMutation = graphql(`
  mutation CurationSetSectors($input: SectorsInput!) {
    setSectors(input: $input) {
      record {
        id
      }
    }
  }
`);
export const SetCollaborationMutation = graphql(`
  mutation CurationSetCollaboration($input: CollaborationInput!) {
    setCollaboration(input: $input) {
      record {
        id
      }
    }
  }
`);
export const RemoveCollaborationMutation = graphql(`
  mutation CurationRemoveCollaboration($input: CollaborationKey!) {
    removeCollaboration(input: $input) {
      record {
        id
      }
    }
  }
`);
export const SetBroaderMutation = graphql(`
  mutation CurationSetBroader($input: BroaderSkillInput!) {
    setBroaderSkill(input: $input) {
      record {
        id
      }
    }
  }
`);
export const RemoveBroaderMutation = graphql(`
  mutation CurationRemoveBroader($input: BroaderSkillInput!) {
    removeBroaderSkill(input: $input) {
      record {
        id
      }
    }
  }
`);
export const AddRelatedMutation = graphql(`
  mutation CurationAddRelated($input: RelatedSkillInput!) {
    addRelatedSkill(input: $input) {
      record {
        id
      }
    }
  }
`);
export const RemoveRelatedMutation = graphql(`
  mutation CurationRemoveRelated($input: RelatedSkillInput!) {
    removeRelatedSkill(input: $input) {
      record {
        id
      }
    }
  }
`);
export const SetEventOrganizerMutation = graphql(`
  mutation CurationSetEventOrganizer($input: EventOrganizerInput!) {
    setEventOrganizer(input: $input) {
      record {
        id
      }
    }
  }
`);
export const RemoveEventOrganizerMutation = graphql(`
  mutation CurationRemoveEventOrganizer($input: EventOrganizerKey!) {
    removeEventOrganizer(input: $input) {
      record {
        id
      }
    }
  }
`);
export const SetEventTeacherMutation = graphql(`
  mutation CurationSetEventTeacher($input: EventTeacherInput!) {
    setEventTeacher(input: $input) {
      record {
        id
      }
    }
  }
`);
export const RemoveEventTeacherMutation = graphql(`
  mutation CurationRemoveEventTeacher($input: EventTeacherInput!) {
    removeEventTeacher(input: $input) {
      record {
        id
      }
    }
  }
`);
export const SetEventSkillsMutation = graphql(`
  mutation CurationSetEventSkills($input: EventSkillsInput!) {
    setEventSkills(input: $input) {
      record {
        id
      }
    }
  }
`);
