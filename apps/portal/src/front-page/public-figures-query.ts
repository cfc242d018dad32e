import { gql } from '@simpul/web-kit';
import type {
  PublicIkmByProvinceQuery,
  PublicIkmByProvinceQueryVariables,
  PublicIkmDistributionQuery,
  PublicIkmDistributionQueryVariables,
  PublicIppByProvinceQuery,
  PublicIppByProvinceQueryVariables,
  PublicKippAwardsQuery,
  PublicKippAwardsQueryVariables,
  PublicMallGrowthQuery,
  PublicMallGrowthQueryVariables,
  PublicOmbudsmanZonesQuery,
  PublicOmbudsmanZonesQueryVariables,
} from '../__generated__/operations';

// One small public query per figure, each answered by the service that owns it; a figure whose
// service is down fails alone, the rest of the front door still shows.

export const PUBLIC_IPP = gql<PublicIppByProvinceQuery, PublicIppByProvinceQueryVariables>`
  query PublicIppByProvince {
    ippByProvince {
      year
      cycleId
      label {
        id
        en
      }
      origin
      source
      cohorts {
        code
        label
        labelEn
      }
      provinces {
        provinceCode
        provinceName
        count
        value
        category {
          code
          label
          labelEn
        }
        cohorts {
          cohort {
            code
          }
          count
          value
        }
      }
    }
  }
`;

export const PUBLIC_IKM = gql<PublicIkmDistributionQuery, PublicIkmDistributionQueryVariables>`
  query PublicIkmDistribution {
    ikmDistribution {
      year
      units
      unitsWithoutResult
      origin
      source
      bands {
        code
        label
        labelEn
        min
        max
        units
      }
    }
  }
`;

/** Asked only by the map, so a registry that does not answer leaves the IKM chart standing. */
export const PUBLIC_IKM_MAP = gql<PublicIkmByProvinceQuery, PublicIkmByProvinceQueryVariables>`
  query PublicIkmByProvince {
    ikmByProvince {
      year
      unitsWithoutProvince
      provinces {
        provinceCode
        units
        value
        origin
      }
    }
  }
`;

export const PUBLIC_MPP = gql<PublicMallGrowthQuery, PublicMallGrowthQueryVariables>`
  query PublicMallGrowth {
    mallGrowth {
      published {
        year
        count
        asOf
        origin
        source
      }
      registered {
        year
        count
        origin
      }
    }
    nationalMallOverview {
      active
      byProvince {
        provinceCode
        active
      }
    }
  }
`;

export const PUBLIC_KIPP = gql<PublicKippAwardsQuery, PublicKippAwardsQueryVariables>`
  query PublicKippAwards {
    kippAwardCounts {
      year
      top45
      top99
      origin
      source
    }
  }
`;

export const PUBLIC_OMBUDSMAN = gql<PublicOmbudsmanZonesQuery, PublicOmbudsmanZonesQueryVariables>`
  query PublicOmbudsmanZones {
    ombudsmanZonesByProvince {
      year
      total
      origin
      source
      zoneCounts {
        zone
        label {
          id
          en
        }
        count
      }
      provinces {
        provinceCode
        hijau
        kuning
        merah
        total
        officialCount
        demoCount
      }
    }
  }
`;
