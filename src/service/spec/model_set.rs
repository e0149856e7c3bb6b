//! A set of service model specs, each checked on the way in, with the OsKu
//! work-activity profiles the placement rules compare against.

use crate::service::record::key::Key;
use crate::service::spec::check::SpecErrors;
use crate::service::spec::model_spec::ServiceModelSpec;
use crate::work_activity::model::Profiles;

/// A set of service model specs, looked up by id, with the OsKu work-activity profiles
/// the placement rules compare against.
///
/// ```
/// use tyokyky::{Key, ServiceModels};
///
/// let models = ServiceModels::defaults();
/// let group = models.get(&Key::new("wellbeing_group")?).ok_or("model")?;
/// assert!(!group.phases.is_empty());
/// assert!((&models).into_iter().count() >= 6);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServiceModels {
    models: Vec<ServiceModelSpec>,
    profiles: Profiles,
}

impl ServiceModels {
    /// The crate's default models (see [`crate::service::spec::models`]).
    pub fn defaults() -> Self {
        ServiceModels {
            models: crate::service::spec::models::all(),
            profiles: Profiles::DEFAULT,
        }
    }

    /// The crate's default models, built on first use and shared by every later caller:
    /// what [`ValidationOptions::default`](crate::ValidationOptions) reads.
    pub(crate) fn shared_defaults() -> &'static ServiceModels {
        static DEFAULTS: std::sync::LazyLock<ServiceModels> =
            std::sync::LazyLock::new(ServiceModels::defaults);
        &DEFAULTS
    }

    /// No models at all.
    pub fn empty() -> Self {
        ServiceModels {
            models: Vec::new(),
            profiles: Profiles::DEFAULT,
        }
    }

    /// Adds `spec`, replacing a model with the same id (e.g. a municipality's variant).
    ///
    /// # Errors
    ///
    /// [`SpecErrors`] when the spec does not pass [`ServiceModelSpec::check`]; the set is
    /// then unchanged.
    pub fn insert(&mut self, spec: ServiceModelSpec) -> Result<(), SpecErrors> {
        spec.check()?;
        match self.models.iter_mut().find(|model| model.id == spec.id) {
            Some(existing) => *existing = spec,
            None => self.models.push(spec),
        }
        Ok(())
    }

    /// A set of exactly these specs, with the default work-activity profiles.
    ///
    /// # Errors
    ///
    /// [`SpecErrors`] when a spec does not pass [`ServiceModelSpec::check`] or two specs
    /// share an id; pointers are into the list (`/1/phases/0/next/0`).
    pub fn from_specs(specs: Vec<ServiceModelSpec>) -> Result<Self, SpecErrors> {
        crate::service::spec::check::check_all(&specs)?;
        Ok(ServiceModels {
            models: specs,
            profiles: Profiles::DEFAULT,
        })
    }

    /// The model with id `id`.
    pub fn get(&self, id: &Key) -> Option<&ServiceModelSpec> {
        self.models.iter().find(|model| &model.id == id)
    }

    /// The work-activity emphasis profiles.
    pub fn profiles(&self) -> &Profiles {
        &self.profiles
    }

    /// Replaces the work-activity emphasis profiles (e.g. a municipality's own).
    pub fn set_profiles(&mut self, profiles: Profiles) {
        self.profiles = profiles;
    }

    /// Every model.
    pub fn iter(&self) -> std::slice::Iter<'_, ServiceModelSpec> {
        self.models.iter()
    }
}

impl Default for ServiceModels {
    fn default() -> Self {
        ServiceModels::defaults()
    }
}

impl<'a> IntoIterator for &'a ServiceModels {
    type Item = &'a ServiceModelSpec;
    type IntoIter = std::slice::Iter<'a, ServiceModelSpec>;

    fn into_iter(self) -> Self::IntoIter {
        self.models.iter()
    }
}
