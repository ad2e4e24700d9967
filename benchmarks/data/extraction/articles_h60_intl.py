# Turkish, German, French, Spanish and Russian stories for the sixtieth held-out part (h60-*); fictional, written for
# newsflow.  Same fields and markup as articles_h60_en.py.
ARTICLES = [
dict(id="h60-tr-001", lang="tr", tpl="cms", section="Kent", date="2026-01-20", byline="Gülay Ersoy",
     title="Belediye kış boyunca 12 ısınma noktası açtı",
     sub="Muhtarlıklar, kütüphaneler ve iki cami avlusundaki salonlar sabah 8'den akşam 8'e kadar herkese açık.",
     caption="Çınarlı Mahallesi muhtarlığındaki ısınma noktası.", credit="Fotoğraf: Gülay Ersoy",
     carry=["warmspace"],
     body="""
Sarıgöl Belediyesi, soğukların sertleşmesiyle birlikte ilçenin dört bir yanında 12 ısınma noktası açtı. Noktalar mart sonuna kadar her gün sabah 8'den akşam 8'e kadar açık kalacak.

Isınma noktaları muhtarlıklarda, iki kütüphanede, gençlik merkezinde ve iki caminin avlusundaki toplantı salonlarında kuruldu. Kapıda kimseye kimlik sorulmuyor, kayıt da tutulmuyor.

Belediye Başkan Yardımcısı Tuncay Özbilen, geçen kış doğalgaz faturasını ödeyemeyen ailelerin sayısının iki katına çıktığını söyledi. "Evinde tek odayı ısıtan, o odada yatıp kalkan yaşlılarımız var. Gündüzü burada geçirsinler, en azından o saatlerde sobayı yakmasınlar," dedi.

## Çorba ve çay belediyeden

Her noktada gün boyu çay ve öğlen saatlerinde sıcak çorba veriliyor. Çorbayı belediyenin aşevi hazırlıyor, dağıtımı gönüllüler yapıyor.

İlk haftada noktaları 2.600'den fazla kişi ziyaret etti. En kalabalık yer, çarşıya yakın olan Çınarlı Mahallesi muhtarlığı oldu.

Muhtar Hatice Kalaycı, sabahları kapının önünde sıra olduğunu anlattı. "Bazıları sadece ısınmaya geliyor, bazıları da sohbet etmeye. Geçen gün iki komşu, otuz yıl aynı sokakta oturup ilk kez burada tanıştı," dedi.

## Evde ziyaret de var

Yürüyemeyen ya da evden çıkamayan yaşlılar için belediye ekipleri ev ziyaretleri yapıyor, gerekirse battaniye ve elektrikli ısıtıcı götürüyor.

Ev ziyareti isteyenler belediyenin Alo 153 hattını arayabilir.
"""),

dict(id="h60-tr-002", lang="tr", tpl="nextjs", section="Mahalle", date="2026-06-23", byline="Barış Tekinalp",
     title="\"Komşuluğu yeniden hatırlattık\": Değirmenaltı şenliğinin düzenleyicisiyle konuştuk",
     sub="Mahalle derneğinin üçüncü şenliği belediyenin mahalle projeleri fonundan destek aldı.",
     caption="Değirmenaltı şenliğinde çocuklar için kurulan oyun alanı.", credit="Fotoğraf: Barış Tekinalp",
     carry=["communitygrant"],
     look=[("bold", "Şenlik nasıl başladı?"), ("bold", "Bu yıl ne değişti?"), ("bold", "Para neye harcandı?"),
           ("bold", "En zoru ne oldu?"), ("bold", "Seneye?")],
     body="""
Değirmenaltı Mahallesi'nin sokak şenliği bu yıl üçüncü kez yapıldı ve hafta sonu iki günde yaklaşık 4 bin kişiyi ağırladı. Şenliği düzenleyen mahalle derneğinin başkanı Nurcan Aydemir ile konuştuk.

Şenlik nasıl başladı?

Pandemiden sonra fark ettik ki kimse kimseyi tanımıyor. Apartmanlarda yıllardır oturan insanlar birbirine selam vermiyordu. Bir masa, bir hoparlör ve komşuların yaptığı börekle başladık.

Bu yıl ne değişti?

İlk kez belediyenin mahalle projeleri fonundan destek aldık, 85 bin lira. Başvuruyu üç kişi iki gecede yazdık.

Para neye harcandı?

Sahne, ses sistemi ve çocuklar için şişme oyun parkı. Bir de seyyar tuvalet kiraladık, çünkü geçen yıl en çok şikâyet oradan gelmişti.

En zoru ne oldu?

Gönüllü bulmak değil, onları durdurmak. Herkes bir şey yapmak istedi. Emekli bir öğretmenimiz iki gün boyunca çocuklara satranç öğretti, hiç kalkmadı.

Seneye?

Şenliği üç güne çıkarmak istiyoruz. Mahallenin yaşlıları için bir de öğle yemeği düşünüyoruz, yürüyemeyenleri evlerinden alacağız.

Derneğin toplantıları her ayın ilk salısı akşam saat 8'de muhtarlıkta yapılıyor ve herkese açık.
"""),

dict(id="h60-tr-003", lang="tr", tpl="gutenberg", section="Tarım", date="2026-11-04", byline="Ayşe Gündoğdu",
     title="Kayacık'ta zeytin hasadı imeceyle yapıldı",
     sub="Köyün 31 hanesi, tarlasına gidemeyen yaşlıların zeytinini birlikte topladı.",
     caption="Kayacık köyünde imece ile zeytin hasadı.", credit="Fotoğraf: Ayşe Gündoğdu",
     look=[("dropcap", "Kayacık köyünde bu yıl"), ("box", "Köyde yaşayanların yarısından fazlası")],
     body="""
Kayacık köyünde bu yıl zeytin hasadı eski usulle, imeceyle yapıldı. Köyün 31 hanesi bir hafta boyunca her sabah bir araya geldi ve tarlasına gidemeyecek durumdaki yaşlıların zeytinini topladı.

Fikir, muhtar Recep Bozdağ'dan çıktı. Geçen yıl köyde bazı ağaçların hiç toplanmadığını, zeytinlerin dalda kuruduğunu fark etmişti. "Adamın sekseni geçmiş, çocukları İstanbul'da. Zeytinliğe gidemiyor diye ağaçlar çürüsün mü?" dedi.

Köyde yaşayanların yarısından fazlası 65 yaşın üzerinde. Gençlerin çoğu ilçeye ya da büyük şehirlere taşınmış durumda.

**Sabah yedide tarlada**

İmeceye her gün 40 ila 60 kişi katıldı. Hafta sonları şehirden gelen torunlarla bu sayı yüzü geçti. Erkekler sırıklarla dalları silkeledi, kadınlar ve çocuklar yere serilen örtülerden zeytinleri topladı.

Öğle yemeğini her gün başka bir ev verdi. Tarhana çorbası, bulgur pilavı ve köy ekmeği eksik olmadı.

**Dokuz ton zeytin**

Bir haftada 14 yaşlıya ait yaklaşık 9 ton zeytin toplandı ve köyün kooperatifine ait değirmende sıkıldı. Yağın tamamı tarla sahiplerine verildi.

87 yaşındaki Fadime Kılıç, ağaçlarını babasından devraldığını anlattı. "Bu ağaçlar benden yaşlı. Bu yıl toplanmayacak sandım, ağladım. Köy sahip çıktı," dedi.

Muhtarlık, imeceyi her yıl tekrarlamak istiyor.
"""),

dict(id="h60-de-001", lang="de", tpl="sharepoint", site="Stadt Haldenbrück", kind="public",
     section="Soziales", date="2026-11-26", byline="Katrin Oberländer", author_role="Pressestelle",
     title="Wärmeinseln: Sieben Orte in Haldenbrück öffnen für kalte Tage",
     sub="Von Dezember bis März können sich alle Bürgerinnen und Bürger kostenlos aufwärmen, Tee trinken und beraten lassen.",
     caption="Die Wärmeinsel im Stadtteilzentrum Nord.", credit="Foto: Stadt Haldenbrück",
     carry=["warmspace"],
     look=[("br", "Kommen darf jede und jeder")],
     body="""
Ab dem 1. Dezember öffnet die Stadt Haldenbrück gemeinsam mit Kirchengemeinden und Vereinen sieben Wärmeinseln. Dort kann sich jeder aufwärmen, einen Tee trinken und mit anderen ins Gespräch kommen, ohne etwas kaufen zu müssen.

Die Wärmeinseln sind bis Ende März geöffnet.

Kommen darf jede und jeder, eine Anmeldung ist nicht nötig.

## Wo die Wärmeinseln sind

- Stadtbibliothek am Marktplatz
- Stadtteilzentrum Nord in der Lerchenstraße
- Gemeindehaus der Johanneskirche
- Pfarrsaal St. Konrad
- Begegnungsstätte des Seniorenbeirats im Alten Zollhaus
- Familienzentrum Sonnenwiese
- Vereinsheim des TSV Haldenbrück

## Mehr als ein warmer Raum

In allen Wärmeinseln gibt es heiße Getränke, in vier von ihnen an bestimmten Tagen auch eine warme Suppe. Die Verbraucherzentrale bietet in der Stadtbibliothek jeden zweiten Mittwoch eine Sprechstunde zu Heizkosten und Stromrechnungen an.

Sozialbürgermeisterin Dr. Anja Fellner sagte, die Wärmeinseln seien kein Angebot nur für Bedürftige. „Wir wollen Orte schaffen, an denen niemand allein in einer kalten Wohnung sitzen muss. Viele ältere Menschen sind im Winter wochenlang kaum unter Leuten.“

Im vergangenen Winter kamen zu den drei Wärmeinseln, die es damals gab, rund 4.100 Besucherinnen und Besucher. Die Stadt stellt für den Betrieb in diesem Jahr 38.000 Euro bereit, die Ehrenamtlichen der Gemeinden und Vereine übernehmen die Betreuung.

Die genauen Öffnungszeiten der einzelnen Wärmeinseln hängen im Rathaus aus und liegen in der Stadtbibliothek aus.
"""),

dict(id="h60-de-002", lang="de", tpl="ucoz", site="Heimatverein Oberwössing", kind="small",
     section="Aus dem Verein", date="2026-05-18", byline="Vorstand",
     title="Das alte Backhaus in Oberwössing backt wieder",
     sub="Nach drei Jahren Arbeit haben die Mitglieder des Heimatvereins den Ofen von 1862 neu aufgemauert.",
     caption="Die ersten Brote aus dem neuen Ofen im Backhaus.", credit="Foto: Heimatverein Oberwössing",
     carry=["gallery"],
     body="""
Am Sonntag ist im alten Backhaus an der Kirchgasse zum ersten Mal seit 1979 wieder Brot gebacken worden. Rund 300 Besucher kamen zum Backhausfest, die 120 Laibe waren nach zwei Stunden verkauft.

Drei Jahre haben die Mitglieder des Heimatvereins an dem kleinen Fachwerkhaus gearbeitet. Der Ofen von 1862 war eingestürzt, das Dach undicht und der Lehmboden voller Schutt.

**Was wir gemacht haben**

Der Ofen wurde Stein für Stein abgetragen und mit neuen Schamottsteinen wieder aufgebaut. Dabei half uns ein Ofenbauer aus dem Allgäu, der nur die Materialkosten berechnet hat. Die Dachziegel stammen von einer abgerissenen Scheune in Unterwössing.

Insgesamt haben 23 Mitglieder mehr als 1.800 Stunden ehrenamtlich gearbeitet.

**Wie gebacken wird**

Der Ofen wird am Vorabend mit Buchenholz angeheizt. Am Morgen wird die Glut herausgekehrt und die Brote werden eingeschossen. Unser Bäcker Hans Kerschbaumer, der das Handwerk noch von seinem Großvater gelernt hat, erklärte den Zuschauern jeden Handgriff.

„Früher hat hier jede Familie einmal in der Woche ihr Brot gebacken. Man hat sich beim Warten unterhalten, das Backhaus war unser Dorfplatz“, sagte Kerschbaumer.

Künftig wird am ersten Samstag jedes Monats gebacken. Wer mitbacken will, meldet sich bis Donnerstag bei unserer Schriftführerin Monika Hartl.
"""),

dict(id="h60-de-003", lang="de", tpl="fusion", section="Vereine", date="2026-04-15", byline="Florian Weißgerber",
     title="Kanuclub Lindental bekommt 12.000 Euro für neues Bootshausdach",
     sub="Die Stadt unterstützt aus ihrem Vereinsfonds die Sanierung. Den Rest bringen die Mitglieder mit Arbeitseinsätzen auf.",
     caption="Das Bootshaus des Kanuclubs Lindental an der Aue.", credit="Foto: Florian Weißgerber",
     carry=["communitygrant"],
     look=[("factbox", "Was am Bootshaus gemacht wird")],
     body="""
Der Kanuclub Lindental kann sein Bootshaus an der Aue sanieren. Der Stadtrat hat dem Verein am Dienstag 12.000 Euro aus dem städtischen Vereinsfonds bewilligt, einstimmig und ohne Aussprache.

Das Dach des Bootshauses aus den sechziger Jahren ist seit zwei Wintern undicht. Im Januar musste der Verein zwölf Boote in eine Garage eines Mitglieds auslagern, weil Wasser in die Halle lief.

„Wir hätten das allein nicht stemmen können. Unsere Beiträge reichen gerade für Versicherung, Strom und den Jugendtrainer“, sagte die Vorsitzende Claudia Reinholz.

## Was am Bootshaus gemacht wird

- neues Dach mit Dämmung
- neue Regenrinnen und Fallrohre
- eine Solaranlage für die Umkleiden
- ein zweites Tor für die langen Boote

Die gesamte Sanierung kostet rund 31.000 Euro. Der Landessportbund gibt 8.000 Euro, den Rest bezahlt der Verein aus Rücklagen und mit Eigenleistung. Die Mitglieder wollen das alte Dach selbst abdecken und die Rinnen montieren.

Der Verein hat 164 Mitglieder, darunter 58 Kinder und Jugendliche. Im vergangenen Jahr holten zwei Jugendliche Medaillen bei den Landesmeisterschaften im Kanurennsport.

Die Arbeiten sollen nach dem Saisonende im Oktober beginnen. Bis dahin wird weiter trainiert, das Bootshaus ist dienstags und donnerstags ab 17 Uhr geöffnet, und Schnupperpaddeln ist samstags um 10 Uhr möglich.
"""),

dict(id="h60-fr-001", lang="fr", tpl="typo3", section="Logement", date="2026-02-24", byline="Solène Marchadier",
     title="Quarante-deux logements sociaux livrés aux Prés-Verts, six cents demandes en attente",
     sub="Les premiers locataires ont reçu leurs clés lundi. À Saint-Aubrac, l'attente pour un T3 dépasse deux ans.",
     caption="La résidence des Prés-Verts à Saint-Aubrac.", credit="Photo : Solène Marchadier",
     carry=["housingbids"],
     body="""
Les premiers locataires de la résidence des Prés-Verts ont reçu leurs clés lundi. Les 42 logements sociaux, construits par l'office Habitat Causses et Vallées sur un ancien terrain de la SNCF, sont tous attribués.

Le bâtiment compte trois étages et une cour plantée. Les loyers vont de 290 euros pour un T1 à 540 euros pour un T4, hors charges.

## Six cents dossiers pour quarante-deux clés

Le nombre de demandes reste très supérieur à l'offre. Selon l'office, 612 ménages attendent un logement social dans la commune, dont près d'un tiers depuis plus de deux ans.

« Nous aurions pu remplir trois résidences comme celle-ci », reconnaît la directrice de l'office, Nathalie Pélissier.

La commission d'attribution a examiné 180 dossiers. Elle a donné la priorité :

- aux familles logées dans un habitat jugé indigne
- aux personnes handicapées, pour les six logements adaptés
- aux salariés de l'hôpital et de la maison de retraite
- aux femmes victimes de violences

## Un nouvel immeuble en 2028

Sandrine et Karim Benali attendaient depuis 2023. Ils vivaient avec leurs deux enfants dans un deux-pièces humide au-dessus d'un garage. « Le premier soir, les enfants ont voulu dormir dans le salon parce qu'il y avait de la place », raconte Sandrine.

La mairie a annoncé un deuxième programme de 36 logements rue des Tanneurs, dont la livraison est prévue en 2028.

Les demandes de logement social se déposent en ligne ou au guichet du centre communal d'action sociale, du lundi au vendredi de 9 h à 12 h.
"""),

dict(id="h60-fr-002", lang="fr", tpl="magazine", section="Culture", date="2026-07-21", byline="Baptiste Rouvière",
     title="Dix ans de festival dans les granges de Lascombes, toujours sans un seul salarié",
     sub="Concerts dans les fenils, repas dans la cour de ferme : le festival des Granges tient grâce à cent vingt bénévoles et à une subvention du département.",
     caption="Un concert dans la grange de la ferme Vialaret, à Lascombes.", credit="Photo : Baptiste Rouvière",
     carry=["communitygrant", "calendar"],
     pull="Ici, le public s'assoit sur des bottes de paille et personne ne s'en plaint",
     look=[("dropcap", "Il y a dix ans, quatre amis"), ("box", "Le festival a reçu cette année")],
     body="""
Il y a dix ans, quatre amis de Lascombes ont organisé un concert de jazz dans la grange d'un oncle, devant soixante personnes assises sur des bottes de paille. Le week-end prochain, le festival des Granges fête sa dixième édition dans cinq fermes du plateau, avec 22 concerts et 3 000 spectateurs attendus.

Le festival n'a toujours aucun salarié. Cent vingt bénévoles, dont la moitié habitent la commune, montent les scènes, tiennent la buvette et garent les voitures dans les prés.

« Ici, le public s'assoit sur des bottes de paille et personne ne s'en plaint. Les musiciens non plus : ils disent que l'acoustique d'un fenil vaut celle d'une salle », sourit Lucie Vialaret, l'une des fondatrices.

Le festival a reçu cette année 9 000 euros du département au titre du soutien aux associations culturelles, et 2 500 euros de la commune. Le reste du budget, environ 40 000 euros, vient de la billetterie et des repas.

Le programme reste fidèle à ses débuts : du jazz, des musiques traditionnelles et, pour la première fois, un bal occitan le samedi soir.

Les repas sont servis dans les cours de ferme. Les agriculteurs qui prêtent leurs granges fournissent l'agneau, les fromages et les légumes.

Le maire, Gérard Fabre, le résume ainsi : « Pendant trois jours, le village a plus d'habitants qu'en un an. »

Les billets sont en vente à la mairie et à l'épicerie de Lascombes, 15 euros le concert et 45 euros le pass pour les trois jours.
"""),

dict(id="h60-fr-003", lang="fr", tpl="regional", section="Commerce", date="2026-10-06", byline="Margaux Esclapez",
     title="À Saint-Genest, la boulangère reprend aussi l'épicerie",
     sub="Le dernier commerce du village avait fermé en juin. Amandine Roux y vend désormais son pain, des produits locaux et le journal.",
     caption="Amandine Roux dans l'épicerie-boulangerie de Saint-Genest.", credit="Photo : Margaux Esclapez",
     section_tag=True,
     body="""
Saint-Genest a de nouveau une épicerie. Amandine Roux, boulangère dans le village depuis 2019, a rouvert mardi le magasin de la place de l'Église, fermé depuis le départ à la retraite de ses anciens propriétaires en juin.

Elle y vend son pain, des fruits et légumes, des produits d'une dizaine de fermes voisines, le journal et les timbres. Le four reste dans l'ancienne boulangerie, à deux cents mètres.

« Quand l'épicerie a fermé, les anciens faisaient vingt kilomètres pour acheter du lait. Je ne pouvais pas laisser faire ça », explique-t-elle.

La commune, propriétaire des murs, lui loue le local 150 euros par mois, le premier semestre étant offert. Le conseil municipal a aussi financé une nouvelle vitrine réfrigérée.

Une quarantaine de familles ont déjà pris un abonnement au pain : elles paient au mois et trouvent leur baguette dans un sac accroché à leur porte avant 7 heures.

Le premier jour, 130 clients sont passés.

C'est autant que les habitants du bourg.

Amandine Roux emploie une vendeuse à mi-temps et espère embaucher un apprenti au printemps.

L'épicerie est ouverte du mardi au dimanche, de 7 h à 12 h 30 et de 16 h à 19 h.
"""),

dict(id="h60-es-001", lang="es", tpl="quintype", section="Vivienda", date="2026-03-10", byline="Rocío Almansa",
     title="El Ayuntamiento sortea 48 pisos de alquiler asequible en el antiguo cuartel de la Guardia Civil",
     sub="Los alquileres irán de 320 a 480 euros al mes. La inscripción se abre el lunes y estará abierta tres semanas.",
     caption="Las nuevas viviendas del antiguo cuartel, en la calle Alfareros.", credit="Foto: Rocío Almansa",
     carry=["housingbids"],
     look=[("highlight", "Los pisos se adjudicarán por sorteo")],
     body="""
El Ayuntamiento de Villagordo sorteará el mes que viene 48 viviendas de alquiler asequible construidas en el solar del antiguo cuartel de la Guardia Civil, en la calle Alfareros.

Los pisos se adjudicarán por sorteo ante notario entre quienes cumplan los requisitos. Los alquileres irán de 320 euros al mes por un piso de un dormitorio a 480 por uno de tres, unos 300 euros menos que el precio medio en el pueblo.

## Quién puede apuntarse

- personas empadronadas en Villagordo desde hace al menos dos años
- hogares con ingresos de entre 1,5 y 4,5 veces el IPREM
- quienes no tengan otra vivienda en propiedad

Doce pisos se reservan para menores de 35 años y seis para personas con movilidad reducida.

La concejala de Vivienda, Marisa Cobos, dijo que el objetivo es que los jóvenes no tengan que marcharse. "Tenemos chavales que trabajan aquí, en la cooperativa o en el polígono, y que viven con sus padres a los 30 porque no encuentran nada por menos de 700 euros".

La obra ha costado 6,2 millones, de los que 2,8 proceden de fondos europeos. Los contratos serán de siete años, prorrogables.

Pablo Nieto, de 27 años, fue de los primeros en preguntar en el registro. "Llevo un año buscando. Si no me toca, me tendré que ir a la capital", contó.

Las solicitudes pueden presentarse en el registro municipal o en la sede electrónica del 16 de marzo al 3 de abril.
"""),

dict(id="h60-es-002", lang="es", tpl="medium", site="Cuadernos del Arrabal", kind="indie",
     section="Gente", date="2026-09-29", byline="Lorena Iturbe",
     title="\"La gente viene a por un hilo y se queda una hora\": la última mercería del barrio",
     sub="Conchi Larrañaga abrió su mercería en 1984. Hoy es la única que queda en el Arrabal.",
     caption="Conchi Larrañaga detrás del mostrador de su mercería.", credit="Foto: Lorena Iturbe",
     look=[("bold", "¿Cómo empezó?"), ("bold", "¿Qué es lo que más vende?"), ("bold", "¿Quién viene?"),
           ("bold", "¿Ha pensado en cerrar?"), ("bold", "¿Y cuando se jubile?")],
     body="""
En el Arrabal había seis mercerías en los años ochenta. Hoy queda una, la de Conchi Larrañaga, en la esquina de la calle Tintoreros. Abrió en 1984 y sigue detrás del mostrador seis días a la semana. Hablamos con ella entre cliente y cliente.

¿Cómo empezó?

Yo cosía para una fábrica de camisas y la fábrica cerró. Con la indemnización alquilé este local. Mi marido decía que estaba loca.

¿Qué es lo que más vende?

Cremalleras y botones, sobre todo. La gente ya no tira la ropa tan fácil como hace diez años. Ahora también vendo mucha lana, porque las chicas jóvenes han vuelto a tejer.

¿Quién viene?

De todo. Abuelas de toda la vida, estudiantes de moda, un señor que hace trajes para procesiones. La gente viene a por un hilo y se queda una hora hablando.

¿Ha pensado en cerrar?

Dos veces. Cuando abrieron el centro comercial, en 2003, y en la pandemia. Las dos veces me salvaron las vecinas, que venían a comprarme cosas que no necesitaban.

¿Y cuando se jubile?

Mi sobrina quiere seguir. Ella sabe de internet y dice que podemos vender lana a toda España. Yo de eso no entiendo, pero la tienda se queda abierta.

La mercería abre de lunes a sábado, de 10 a 13.30 y de 17 a 20 horas.
"""),

dict(id="h60-es-003", lang="es", tpl="chunks", section="Deportes", date="2026-08-25", byline="Iker Sagastume",
     title="El club de remo de Portuzarra estrena trainera cuarenta años después",
     sub="La nueva embarcación, de madera de cedro, se ha pagado con una cuestación entre los vecinos y la cofradía.",
     caption="La nueva trainera del club de remo de Portuzarra, en el muelle.", credit="Foto: Iker Sagastume",
     carry=["scores"],
     body="""
El club de remo de Portuzarra botó el sábado su nueva trainera, la primera que estrena desde 1986. Cientos de vecinos llenaron el muelle para ver entrar al agua la embarcación, bautizada "Amona" en recuerdo de las mujeres que remaban en el puerto.

La trainera, de doce metros y medio, se ha construido en un astillero de Orio con madera de cedro. Ha costado 68.000 euros, que el club ha reunido en dos años.

**De dónde ha salido el dinero**

La cofradía de pescadores puso 20.000 euros. El resto llegó de una cuestación casa por casa, de una rifa y de las cenas que el club organiza cada viernes en su local del puerto.

"Aquí no hay familia que no tenga a alguien que haya remado. La gente ha dado lo que ha podido, de cinco euros a mil", explicó el presidente, Xabier Etxeberria.

**Una tripulación muy joven**

La tripulación titular tiene una media de 22 años. Siete de los trece remeros salieron de la escuela del club, que hoy entrena a 40 niños y niñas.

El club compite este verano en la liga regional y aspira a subir de categoría. La vieja trainera, que ha remado 40 temporadas, no se desguazará: quedará expuesta en la lonja.

Las regatas de la liga se disputan los domingos por la mañana y la primera en casa será el 6 de septiembre, con salida a las 11.
"""),

dict(id="h60-ru-001", lang="ru", tpl="legacy-br", section="Город", date="2026-12-08", byline="Ирина Кондакова",
     title="В Заозёрске открылись пункты обогрева",
     sub="Погреться, выпить горячего чая и зарядить телефон можно в пяти местах города. Работают они до конца февраля.",
     caption="Пункт обогрева в Доме культуры «Заря».", credit="Фото: Ирина Кондакова",
     carry=["warmspace"],
     body="""
В Заозёрске с понедельника работают пять пунктов обогрева. Погреться там может любой человек, документы не спрашивают.

Пункты открыли в Доме культуры «Заря», в центральной библиотеке, в двух храмах и в помещении совета ветеранов на улице Гагарина. Они будут работать ежедневно с 9 до 21 часа до конца февраля.

В каждом пункте есть горячий чай, печенье и розетки, чтобы зарядить телефон. В Доме культуры по будням в обед кормят горячим супом: его готовят в столовой училища.

Заместитель главы города Олег Сафронов объяснил, что поводом стали прошлогодние морозы, когда в нескольких старых домах на Заречной стороне неделю не было тепла. «Тогда люди сидели дома в пальто. Мы не хотим, чтобы это повторилось», — сказал он.

Первыми посетителями стали пенсионеры и мамы с детьми. Работники библиотеки говорят, что многие остаются надолго: читают газеты, играют в шахматы, разговаривают.

«Дома я одна, батареи еле тёплые, а здесь и тепло, и люди», — рассказала 79-летняя Антонина Ивановна, которая пришла в библиотеку в первый же день.

В пунктах дежурят волонтёры, а в ДК по четвергам принимает социальный работник, который помогает оформить субсидию на оплату коммунальных услуг.

Если человек не может выйти из дома, помощь можно вызвать по телефону социальной службы 8 (81557) 2-14-60.
"""),

dict(id="h60-ru-002", lang="ru", tpl="portal", section="Люди", date="2026-10-13", byline="Сергей Ладыгин",
     title="«Письма теперь пишут редко, а пенсию ждут все»: почтальон из Верхних Полян о своей работе",
     sub="Валентина Сомова двадцать шесть лет разносит почту по трём деревням.",
     caption="Валентина Сомова на улице Верхних Полян.", credit="Фото: Сергей Ладыгин",
     low=0,
     body="""
Валентина Сомова работает почтальоном в Верхних Полянах с 2000 года. Каждый день она обходит три деревни, в которых живут около четырёхсот человек. Мы прошли с ней один рабочий день.

**Сколько километров вы проходите за день?**

Летом на велосипеде около двадцати. Зимой пешком меньше, километров двенадцать, но выходит дольше.

**Что сейчас носите чаще всего?**

Пенсии, квитанции и посылки. Письма теперь пишут редко, а пенсию ждут все. Раньше в каждом доме выписывали газеты, сейчас подписка осталась у двадцати семей.

**Зачем вам столько пакетов?**

Меня просят купить хлеб, лекарства, батарейки. Магазина в Нижних Полянах нет уже лет десять, так что я ещё и продавец немного.

**Бывает страшно?**

Собак боюсь до сих пор. А людей нет, меня тут все знают. Зимой, бывает, зайду к бабушке, а у неё печка не топлена. Тогда звоню её сыну или соседу.

**А смена?**

Нет смены. Молодые на такую работу не идут, зарплата маленькая. Пока ноги ходят, буду ходить.

Отделение почты в Верхних Полянах работает со вторника по субботу с 9 до 17 часов, обед с 13 до 14.
"""),

dict(id="h60-ru-003", lang="ru", tpl="hugo", section="Город", date="2026-05-26", byline="Марина Дроздова",
     title="В Покровском сквере снова работает фонтан, молчавший двенадцать лет",
     sub="Фонтан 1957 года восстановили по старым чертежам, найденным в городском архиве.",
     caption="Фонтан в Покровском сквере после реставрации.", credit="Фото: Марина Дроздова",
     look=[("italic", "«Я в этом фонтане в детстве")],
     body="""
В субботу в Покровском сквере включили фонтан, который не работал с 2014 года. Посмотреть на него пришли несколько сотен горожан.

Фонтан с четырьмя бронзовыми рыбами построили в 1957 году. В последние годы чаша треснула, трубы сгнили, а одну из рыб украли ещё в девяностые.

## Как восстанавливали

Реставраторы нашли в городском архиве чертежи 1956 года. По ним и работали:

- заменили все трубы и поставили новый насос, который гоняет воду по кругу
- заново отлили четвёртую рыбу по сохранившимся образцам
- восстановили гранитную облицовку чаши
- добавили подсветку

Работы обошлись в 14,6 миллиона рублей. Деньги выделили из областной программы благоустройства.

«Я в этом фонтане в детстве пускал кораблики, а потом двенадцать лет ходил мимо сухой чаши», — говорит 68-летний Анатолий Бережной, пришедший на открытие с внуками.

## Когда работает

Фонтан будет включаться с мая по сентябрь, ежедневно с 10 до 23 часов. В жару воду будут менять чаще, чтобы в ней можно было освежиться.

Городская администрация просит не бросать в чашу монеты: они забивают фильтры. Желающие могут подписаться на новости сквера в группе «Покровский сквер» в соцсетях.
"""),
]
