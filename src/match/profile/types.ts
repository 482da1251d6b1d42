/* The profile schema is the `candidate_profiles.profile` column's type, so it lives with the store. */
export * from '../../store/read-model/profile.js';
