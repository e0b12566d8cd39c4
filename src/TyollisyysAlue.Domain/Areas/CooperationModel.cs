namespace TyollisyysAlue.Domain.Areas;

/// <summary>How the municipalities of an employment area cooperate (Act 380/2023 §12).</summary>
public enum CooperationModel
{
    /// <summary>Vastuukuntamalli: one municipality organises, a joint committee has a member from each.</summary>
    ResponsibleMunicipality = 1,
    /// <summary>Kuntayhtymä.</summary>
    JointMunicipalAuthority = 2,
    /// <summary>A municipality with a workforce base of at least 20 000 organising alone.</summary>
    SingleMunicipality = 3,
}
